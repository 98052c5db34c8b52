// The feedback map: the city boundary drawn on a plain grid, so it works with no tile server at all; tiles from the
// configured server on top when they load. An editable map sets the latitude and longitude inputs (which can also
// be typed) by a click, by Enter at the map's centre, or from the device's position.
(function () {
  'use strict';
  var CENTRE = [10.0341, 105.7880];
  var FALLBACK_BOUNDS = [[9.85, 105.20], [10.35, 105.90]];
  var GRID_STEP = 0.05;

  function number(text) {
    if (text === null || text === undefined || String(text).trim() === '') { return null; }
    var value = parseFloat(String(text).replace(',', '.'));
    return isFinite(value) ? value : null;
  }

  function drawGrid(map, bounds) {
    var renderer = L.svg({ pane: 'fbGrid' });
    var south = Math.floor(bounds.getSouth() / GRID_STEP) * GRID_STEP;
    var north = Math.ceil(bounds.getNorth() / GRID_STEP) * GRID_STEP;
    var west = Math.floor(bounds.getWest() / GRID_STEP) * GRID_STEP;
    var east = Math.ceil(bounds.getEast() / GRID_STEP) * GRID_STEP;
    var style = { renderer: renderer, color: '#9aa5b1', weight: 1, opacity: 0.6, interactive: false };
    for (var lat = south; lat <= north + 1e-9; lat += GRID_STEP) {
      L.polyline([[lat, west], [lat, east]], style).addTo(map);
    }
    for (var lng = west; lng <= east + 1e-9; lng += GRID_STEP) {
      L.polyline([[south, lng], [north, lng]], style).addTo(map);
    }
  }

  function init(element) {
    var editable = element.getAttribute('data-editable') === 'true';
    var latInput = editable ? document.getElementById('latitude') : null;
    var lngInput = editable ? document.getElementById('longitude') : null;
    var status = document.getElementById('location-status');
    var map = L.map(element, { center: CENTRE, zoom: 12, minZoom: 9, maxZoom: 19, attributionControl: true });
    map.createPane('fbGrid');
    map.getPane('fbGrid').style.zIndex = 150;
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
      map.setView([initialLat, initialLng], 16);
    }

    var boundaryUrl = element.getAttribute('data-boundary');
    fetch(boundaryUrl, { credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
      .then(function (geojson) {
        var boundary = L.geoJSON(geojson, { interactive: false, style: { color: '#0b3d91', weight: 2, fillColor: '#ffffff', fillOpacity: 0.35 } }).addTo(map);
        element.setAttribute('data-boundary-drawn', 'true');
        drawGrid(map, boundary.getBounds().pad(0.3));
        if (!marker) { map.fitBounds(boundary.getBounds()); }
      })
      .catch(function () { drawGrid(map, L.latLngBounds(FALLBACK_BOUNDS)); });

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
