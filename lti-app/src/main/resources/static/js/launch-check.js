// No login cookie came back with the platform's post: look for the secret the login page kept in this frame.
(function () {
  var form = document.getElementById('launch-check');
  var secret = null;
  try {
    secret = sessionStorage.getItem('lti-browser');
  } catch (e) {
    secret = null;
  }
  if (secret) {
    form.elements['browser_secret'].value = secret;
    form.submit();
  } else {
    document.getElementById('launch-check-wait').hidden = true;
    document.getElementById('launch-check-blocked').hidden = false;
  }
})();
