// Dossier pages: small enhancements, every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  // Print buttons on the receipt and the apology (hidden when scripts do not run; the browser's print still works).
  document.querySelectorAll('.js-print').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
  // Say at once that a file is too large instead of after a long upload; the server checks again.
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var max = parseInt(input.getAttribute('data-max-bytes'), 10);
      var tooLarge = Array.prototype.some.call(input.files, function (file) { return file.size > max; });
      input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
      if (tooLarge) { input.reportValidity(); input.value = ''; }
    });
  });
});
