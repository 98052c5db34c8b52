// Feedback pages: small enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  // Say at once that too many or too large photos were chosen, instead of after a long upload; the server checks again.
  document.querySelectorAll('input[type=file][data-max-files]').forEach(function (input) {
    input.addEventListener('change', function () {
      var maxFiles = parseInt(input.getAttribute('data-max-files'), 10);
      var maxBytes = parseInt(input.getAttribute('data-max-bytes'), 10);
      var message = '';
      if (input.files.length > maxFiles) {
        message = input.getAttribute('data-too-many');
      } else if (Array.prototype.some.call(input.files, function (file) { return file.size > maxBytes; })) {
        message = input.getAttribute('data-too-large');
      }
      input.setCustomValidity(message);
      if (message) { input.reportValidity(); input.value = ''; input.setCustomValidity(''); }
    });
  });
});
