// The feedback map: the city boundary drawn on a plain grid, so it works with no tile server at all; tiles from the
// configured server on top when they load. An editable map sets the latitude and longitude inputs (which can also
// be typed) by a click, by Enter at the map's centre, or from the device's position.
(function () {
  'use strict';
  var CENTRE = [10.0341, 105.7880];

  function number(text) {
    if (text === null || text === undefined || String(text).trim() === '') { return null; }
    var value = parseFloat(String(text).replace(',', '.'));
    return isFinite(value) ? value : null;
  }

  // Grid lines a few hundred pixels apart whatever the zoom, over the visible area, redrawn as the map moves: with no
  // tiles they are what shows distance and movement.
  function gridStep(zoom) {
    var step = 120 * 360 / (256 * Math.pow(2, zoom));
    var nice = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];
    for (var i = 0; i < nice.length; i++) { if (nice[i] >= step) { return nice[i]; } }
    return 1;
  }

  function drawGrid(map, layer, renderer) {
    layer.clearLayers();
    var bounds = map.getBounds().pad(0.5);
    var step = gridStep(map.getZoom());
    var south = Math.floor(bounds.getSouth() / step) * step;
    var north = Math.ceil(bounds.getNorth() / step) * step;
    var west = Math.floor(bounds.getWest() / step) * step;
    var east = Math.ceil(bounds.getEast() / step) * step;
    var style = { renderer: renderer, color: '#9aa5b1', weight: 1, opacity: 0.6, interactive: false };
    for (var lat = south; lat <= north + step / 2; lat += step) {
      L.polyline([[lat, west], [lat, east]], style).addTo(layer);
    }
    for (var lng = west; lng <= east + step / 2; lng += step) {
      L.polyline([[south, lng], [north, lng]], style).addTo(layer);
    }
  }

  function init(element) {
    var editable = element.getAttribute('data-editable') === 'true';
    var latInput = editable ? document.getElementById('latitude') : null;
    var lngInput = editable ? document.getElementById('longitude') : null;
    var status = document.getElementById('location-status');
    var map = L.map(element, { center: CENTRE, zoom: 12, minZoom: 7, maxZoom: 19, attributionControl: true });
    map.createPane('fbGrid');
    map.getPane('fbGrid').style.zIndex = 150;
    var grid = L.layerGroup().addTo(map);
    var gridRenderer = L.svg({ pane: 'fbGrid' });
    map.on('moveend', function () { drawGrid(map, grid, gridRenderer); });
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: element.getAttribute('data-attribution') || '' }).addTo(map);
    }
    var icon = L.divIcon({ className: 'fb-pin', iconSize: [24, 24], iconAnchor: [12, 24] });
    var marker = null;

    function say(text) { if (status && text) { status.textContent = text; } }

    function place(lat, lng, fromInputs) {
      if (lat === null || lng === null || Math.abs(lat) > 90 || Math.abs(lng) > 180) { return; }
      if (marker) { marker.setLatLng([lat, lng]); } else { marker = L.marker([lat, lng], { icon: icon, keyboard: false }).addTo(map); }
      if (!fromInputs && latInput && lngInput) {
        latInput.value = lat.toFixed(6);
        lngInput.value = lng.toFixed(6);
        // Bubbling change events let the form react (the duplicate suggestions listen for them).
        latInput.dispatchEvent(new Event('change', { bubbles: true }));
        lngInput.dispatchEvent(new Event('change', { bubbles: true }));
        say(element.getAttribute('data-pin-set'));
      }
    }

    var initialLat = number(latInput ? latInput.value : element.getAttribute('data-lat'));
    var initialLng = number(lngInput ? lngInput.value : element.getAttribute('data-lng'));
    if (initialLat !== null && initialLng !== null) {
      place(initialLat, initialLng, true);
      map.setView([initialLat, initialLng], editable ? 16 : 15);
    }

    drawGrid(map, grid, gridRenderer);
    var boundaryUrl = element.getAttribute('data-boundary');
    fetch(boundaryUrl, { credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
      .then(function (geojson) {
        var boundary = L.geoJSON(geojson, { interactive: false, style: { color: '#0b3d91', weight: 2, fillColor: '#ffffff', fillOpacity: 0.35 } }).addTo(map);
        element.setAttribute('data-boundary-drawn', 'true');
        if (!marker) { map.fitBounds(boundary.getBounds()); }
      })
      .catch(function () { element.setAttribute('data-boundary-drawn', 'false'); });

    if (!editable) { return; }
    map.on('click', function (event) { place(event.latlng.lat, event.latlng.lng, false); });
    element.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && event.target === element) {
        event.preventDefault();
        var centre = map.getCenter();
        place(centre.lat, centre.lng, false);
      }
    });
    [latInput, lngInput].forEach(function (input) {
      if (!input) { return; }
      input.addEventListener('change', function (event) {
        if (!event.isTrusted) { return; }
        var lat = number(latInput.value);
        var lng = number(lngInput.value);
        if (lat !== null && lng !== null) { place(lat, lng, true); map.panTo([lat, lng]); }
      });
    });
    var locate = document.getElementById('use-location');
    if (locate && navigator.geolocation) {
      locate.hidden = false;
      locate.addEventListener('click', function () {
        say(element.getAttribute('data-locating'));
        navigator.geolocation.getCurrentPosition(function (position) {
          place(position.coords.latitude, position.coords.longitude, false);
          map.setView([position.coords.latitude, position.coords.longitude], 17);
        }, function () {
          say(element.getAttribute('data-location-failed'));
        }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') { return; }
    document.querySelectorAll('.fb-map').forEach(init);
  });
}());
