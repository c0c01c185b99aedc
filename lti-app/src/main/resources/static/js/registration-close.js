// Tells the LMS that registration is over, so that it closes its registration frame or window and reloads its
// tool list. The message holds nothing secret, and the LMS page may be on another origin than the issuer, so it
// goes to any origin, as the Dynamic Registration specification shows it; Moodle checks only e.data.subject.
document.getElementById('close-registration').addEventListener('click', function () {
  (window.opener || window.parent).postMessage({subject: 'org.imsglobal.lti.close'}, '*');
});
