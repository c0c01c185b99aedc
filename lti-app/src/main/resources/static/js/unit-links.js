// Links between units ("unit:<module>/<unit>" in the content) post the session token like every other move.
(function () {
  var form = document.getElementById('unit-link-form');
  document.querySelectorAll('a.unit-link[data-unit]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var parts = link.dataset.unit.split('/');
      form.elements['module'].value = parts[0];
      form.elements['unit'].value = parts[1];
      form.submit();
    });
  });
})();
