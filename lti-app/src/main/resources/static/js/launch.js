// Uses the tool's session token as a bearer token: nothing after the launch needs a cookie.
(function () {
  var page = document.getElementById('launch');
  var status = document.getElementById('session-status');
  fetch('/api/session', {headers: {'Authorization': 'Bearer ' + page.dataset.sessionToken}})
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (session) {
      status.textContent = 'active for ' + session.name;
      status.dataset.state = 'active';
    })
    .catch(function (e) {
      status.textContent = 'not available (' + e.message + ')';
      status.dataset.state = 'failed';
    });
})();
