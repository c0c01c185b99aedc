// Uses the tool's session token as a bearer token: nothing after the launch needs a cookie. The page gives the
// session URL (with the tool's context path) and, on learner pages, the status texts in its language.
(function () {
  var page = document.getElementById('launch');
  var status = document.getElementById('session-status');
  function say(template, fallback, value) {
    return (template || fallback).replace('{0}', value);
  }
  fetch(page.dataset.sessionUrl, {headers: {'Authorization': 'Bearer ' + page.dataset.sessionToken}})
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (session) {
      status.textContent = say(status.dataset.active, 'active for {0}', session.name);
      status.dataset.state = 'active';
    })
    .catch(function (e) {
      status.textContent = say(status.dataset.failed, 'not available ({0})', e.message);
      status.dataset.state = 'failed';
    });
})();
