// Fields that belong to one choice (data-toon-bij="status=OPGEHEVEN": the radio button or select "status" with that
// value) are shown only while it is chosen. Hidden fields are also disabled, so they are neither required nor sent:
// a value typed before the choice changed back does not travel with the form. Without script the server decides
// from the submitted choice (the fields then appear with the error that asks for them).
(() => {
    const groepen = document.querySelectorAll("[data-toon-bij]");
    const werkBij = (groep) => {
        const [naam, waarde] = groep.dataset.toonBij.split("=");
        const formulier = groep.closest("form");
        const gekozen = formulier && [...formulier.elements].some((veld) => veld.name === naam
            && veld.value === waarde && (veld.type === "radio" || veld.type === "checkbox" ? veld.checked : true));
        groep.hidden = !gekozen;
        groep.querySelectorAll("input, textarea, select").forEach((veld) => { veld.disabled = !gekozen; });
    };
    groepen.forEach((groep) => {
        const formulier = groep.closest("form");
        if (formulier) {
            formulier.addEventListener("change", () => werkBij(groep));
        }
        werkBij(groep);
    });
})();
