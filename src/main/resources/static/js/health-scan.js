// The checkpoint page: every scan is posted in the background and its result shown at once, large and coloured.
// Codes come from a keyboard-wedge scanner (the field keeps focus; each code ends with Enter), from the camera
// (the browser's BarcodeDetector where there is one, otherwise frames decoded by the server), or from the ID number
// form. Without this script the forms post normally and the page comes back with the result.
(function () {
  'use strict';
  var page = document.querySelector('main.checkpoint');
  if (!page) { return; }
  var field = document.getElementById('scan-code');
  var scanForm = document.getElementById('scan-form');
  var resultBox = document.getElementById('scan-result');
  var recent = document.getElementById('recent-scans');
  var recentMax = parseInt(page.getAttribute('data-recent-max'), 10) || 10;
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  function headers(extra) {
    var h = extra || {};
    h['X-Health-Scan'] = '1';
    if (csrfToken && csrfHeader) { h[csrfHeader.content] = csrfToken.content; }
    return h;
  }

  // Each scan carries its own id, so that a scan sent twice (a retry) is recorded once.
  function newScanId() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function show(html) {
    resultBox.innerHTML = html;
    var outcome = resultBox.firstElementChild;
    if (!outcome) { return null; }
    var item = document.createElement('li');
    item.className = outcome.className.replace('scan-outcome', '').trim();
    item.textContent = Array.prototype.map.call(outcome.querySelectorAll('p'), function (p) { return p.textContent; })
      .reverse().join(' · ');
    recent.insertBefore(item, recent.firstChild);
    while (recent.children.length > recentMax) { recent.removeChild(recent.lastChild); }
    return outcome.getAttribute('data-outcome');
  }

  function send(form, onDone) {
    var data = new FormData(form);
    data.set('scanId', newScanId());
    fetch(form.action, { method: 'POST', body: new URLSearchParams(data), headers: headers(), credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(function (html) { var outcome = show(html); if (onDone) { onDone(outcome); } })
      .catch(function () {
        resultBox.innerHTML = '';
        var failed = document.createElement('div');
        failed.className = 'scan-outcome outcome-refused';
        failed.textContent = page.getAttribute('data-offline') || 'Không gửi được, hãy quét lại. / Not sent, scan again.';
        resultBox.appendChild(failed);
      });
  }

  // The wedge field: the value is taken, the field cleared and refocused before the answer comes back, so the next
  // code can be scanned at once.
  scanForm.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!field.value.trim()) { field.focus(); return; }
    var copy = document.createElement('form');
    copy.action = scanForm.action;
    var input = document.createElement('input');
    input.name = 'code';
    input.value = field.value;
    copy.appendChild(input);
    field.value = '';
    field.focus();
    send(copy);
  });

  var idForm = document.getElementById('id-number-form');
  idForm.addEventListener('submit', function (event) {
    event.preventDefault();
    send(idForm, function (outcome) {
      // Keep what was typed when refused, so it can be corrected; clear it once recorded.
      if (outcome !== 'REFUSED') { idForm.reset(); field.focus(); }
    });
  });

  // Focus goes back to the wedge field unless the person is working in another control.
  document.addEventListener('focusout', function () {
    setTimeout(function () {
      var active = document.activeElement;
      var busy = active && active !== document.body && active !== field
        && (active.closest('#id-number-section') || active.tagName === 'A' || active.tagName === 'BUTTON'
          || active.tagName === 'SUMMARY');
      if (!busy) { field.focus(); }
    }, 0);
  });

  // Camera: the browser's BarcodeDetector when it reads QR codes, otherwise downscaled JPEG frames to the server.
  var toggle = document.getElementById('camera-toggle');
  var video = document.getElementById('camera-video');
  var status = document.getElementById('camera-status');
  var stream = null;
  var timer = null;
  var lastText = null;
  var lastAt = 0;

  function found(text) {
    var now = Date.now();
    if (text === lastText && now - lastAt < 3000) { return; }
    lastText = text;
    lastAt = now;
    field.value = text;
    scanForm.requestSubmit ? scanForm.requestSubmit() : scanForm.dispatchEvent(new Event('submit', { cancelable: true }));
  }

  function nativeLoop(detector) {
    detector.detect(video).then(function (codes) {
      if (codes.length) { found(codes[0].rawValue); }
    }).catch(function () { /* a frame that could not be read: try the next */ })
      .then(function () { if (stream) { timer = setTimeout(function () { nativeLoop(detector); }, 150); } });
  }

  var canvas = document.createElement('canvas');
  function serverLoop() {
    if (!stream || !video.videoWidth) { timer = setTimeout(serverLoop, 300); return; }
    var scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
    canvas.toBlob(function (blob) {
      fetch(page.getAttribute('data-decode-url'), { method: 'POST', body: blob,
        headers: headers({ 'Content-Type': 'image/jpeg' }), credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : { text: null }; })
        .then(function (answer) { if (answer.text) { found(answer.text); } })
        .catch(function () { /* network hiccup: the next frame tries again */ })
        .then(function () { if (stream) { timer = setTimeout(serverLoop, 250); } });
    }, 'image/jpeg', 0.7);
  }

  function stop() {
    if (timer) { clearTimeout(timer); timer = null; }
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
    video.hidden = true;
    toggle.textContent = toggle.getAttribute('data-start');
    status.textContent = toggle.getAttribute('data-off');
    field.focus();
  }

  function start() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      status.textContent = toggle.getAttribute('data-denied');
      return;
    }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      video.play();
      toggle.textContent = toggle.getAttribute('data-stop');
      var useNative = 'BarcodeDetector' in window;
      (useNative ? window.BarcodeDetector.getSupportedFormats() : Promise.resolve([])).then(function (formats) {
        if (formats.indexOf('qr_code') >= 0) {
          status.textContent = toggle.getAttribute('data-native');
          nativeLoop(new window.BarcodeDetector({ formats: ['qr_code'] }));
        } else {
          status.textContent = toggle.getAttribute('data-server');
          serverLoop();
        }
      });
      field.focus();
    }).catch(function () { status.textContent = toggle.getAttribute('data-denied'); });
  }

  toggle.addEventListener('click', function () { if (stream) { stop(); } else { start(); } });
})();
