// Keeps the login's browser secret in this frame's session storage, for browsers that return no cookie to a
// framed tool, then goes on to the platform's sign-in.
(function () {
  var page = document.getElementById('login-redirect');
  try {
    sessionStorage.setItem('lti-browser', page.dataset.browserSecret);
  } catch (e) {
    // storage blocked too: the launch page will offer a new window
  }
  window.location.replace(page.dataset.authUri);
})();
