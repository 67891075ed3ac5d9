// Quick exit: replace this page with a neutral site without leaving it in the tab's history.
(function () {
  "use strict";
  var link = document.getElementById("quick-exit");
  if (!link) return;
  var target = link.getAttribute("data-exit-url") || link.href;

  function leave(event) {
    if (event) event.preventDefault();
    // Forget this tab's chat (its token and unsent messages) before anything else.
    try {
      window.sessionStorage.clear();
    } catch (e) {
      // Storage may be disabled; there is nothing to clear then.
    }
    // Blank the page first, so nothing stays on screen while the neutral site loads.
    document.title = "";
    document.body.innerHTML = "";
    window.location.replace(target);
  }

  // Browsers scroll a focused control into view, and a textarea's caret, without always
  // minding the sticky band at the top: lift whatever got focus out from under the band.
  var band = link.closest(".site-bar");
  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (!band || !target.getBoundingClientRect || band.contains(target)) return;
    var edge = band.getBoundingClientRect().bottom + 8;
    var box = target.getBoundingClientRect();
    if (box.top < edge && box.bottom > 0 && box.height < window.innerHeight - edge) {
      window.scrollBy(0, box.top - edge);
    }
  });

  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    // Esc also cancels a word being composed in an input method (Thai, Chinese, ...);
    // that press belongs to the keyboard, not to the quick exit.
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === "Escape" || event.key === "Esc") leave(event);
  });
})();
