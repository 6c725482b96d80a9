// A create form (fragments/forms :: eenmalig) is sent once per click: while the first submit is on its way, a second
// one (double click, Enter pressed twice) is dropped and the button shows it is busy. The server would answer a
// second submit with the first one's page anyway (web/EenmaligeInzendingen); this spares that request. Forms with
// errors are new pages from the server, so they start unlocked; a page restored by the back button is unlocked
// again, and so is one whose answer does not come within ten seconds (the server still sees one record).
(() => {
    const VRIJ_NA_MS = 10000;
    const knoppen = (formulier) => formulier.querySelectorAll("button:not([type]), button[type='submit'], input[type='submit']");
    const ontgrendel = (formulier) => {
        delete formulier.dataset.verzonden;
        knoppen(formulier).forEach((knop) => knop.removeAttribute("aria-disabled"));
    };
    document.addEventListener("submit", (gebeurtenis) => {
        const formulier = gebeurtenis.target;
        if (!(formulier instanceof HTMLFormElement) || !formulier.querySelector("input[name='_eenmalig']")) {
            return;
        }
        if (formulier.dataset.verzonden) {
            gebeurtenis.preventDefault();
            return;
        }
        if (gebeurtenis.defaultPrevented) {
            return;
        }
        // Not the disabled attribute: a disabled submit button would drop its own name and value from the form.
        formulier.dataset.verzonden = "ja";
        knoppen(formulier).forEach((knop) => knop.setAttribute("aria-disabled", "true"));
        setTimeout(() => ontgrendel(formulier), VRIJ_NA_MS);
    });
    window.addEventListener("pageshow", (gebeurtenis) => {
        if (gebeurtenis.persisted) {
            document.querySelectorAll("form[data-verzonden]").forEach(ontgrendel);
        }
    });
})();

// A draft of the voorstel's editor (sectie-editor.js) is removed once its form was saved: the submit marks the form in
// sessionStorage, and the page after a successful save shows a success message. Any other page (an expired session's
// login page, an error) keeps the draft.
(() => {
    const VERZONDEN = "wijkafspraken:concept-verzonden";
    const sleutel = sessionStorage.getItem(VERZONDEN);
    if (sleutel && !document.querySelector("form[data-concept]")) {
        sessionStorage.removeItem(VERZONDEN);
        if (document.querySelector(".melding--succes")) {
            localStorage.removeItem(sleutel);
        }
    }
})();
