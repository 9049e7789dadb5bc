// Enhancements only: every page works without this script.
// Claim page: keyboard shortcuts a (accept), r (reject: focus its reason), n (next claim), outside text fields.
document.addEventListener('keydown', function (event) {
  var shortcuts = document.querySelector('[data-shortcuts]');
  if (!shortcuts || event.ctrlKey || event.metaKey || event.altKey) return;
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  var key = event.key.toLowerCase();
  if (key === 'a') {
    var accept = document.getElementById('accept-form');
    if (accept) { event.preventDefault(); accept.requestSubmit(); }
  } else if (key === 'r') {
    var reason = document.getElementById('rejectReason');
    if (reason) { event.preventDefault(); reason.focus(); }
  } else if (key === 'n') {
    var next = document.getElementById('next-claim');
    if (next) { event.preventDefault(); window.location.assign(next.getAttribute('href')); }
  }
});
// Source page: bring the highlighted quote into view and give it focus for screen readers.
document.addEventListener('DOMContentLoaded', function () {
  var quote = document.getElementById('quote');
  if (quote && window.location.hash === '#quote') { quote.focus({ preventScroll: false }); }
});
