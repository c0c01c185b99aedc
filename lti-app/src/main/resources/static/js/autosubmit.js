// Submits the page's form at once; the visible button is there for browsers without JavaScript.
document.getElementById('autopost').submit();
