// A print button for pages that are meant to be printed. Without JavaScript the button stays hidden and the
// browser's own print command gives the same result (see the print styles in wijkafspraken.css).
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-afdrukken]").forEach((knop) => {
        knop.hidden = false;
        knop.addEventListener("click", () => window.print());
    });
});
