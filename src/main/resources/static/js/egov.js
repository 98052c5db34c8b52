// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  // Move keyboard focus to a form's error summary so screen readers announce it.
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
});
// htmx requests that change state carry the CSRF token like a form would.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});
