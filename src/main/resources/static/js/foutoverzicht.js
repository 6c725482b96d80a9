// The error summary (fragments/forms :: foutoverzicht). Without JavaScript it is still there, announced
// (role=alert) and focused (autofocus); this adds what only a script can: "Fout:" before the page title, so a
// screen reader hears that the form failed, and a link that puts the cursor in its field, also where the field
// is a group of radio buttons or check boxes whose inputs carry other ids.
document.addEventListener("DOMContentLoaded", () => {
    const overzicht = document.querySelector(".foutoverzicht");
    if (!overzicht) {
        return;
    }
    const voorvoegsel = overzicht.dataset.titelvoorvoegsel;
    if (voorvoegsel && !document.title.startsWith(voorvoegsel)) {
        document.title = voorvoegsel + " " + document.title;
    }
    const veldVan = (link) => document.getElementById(link.dataset.veld)
        || document.querySelector(`[name="${CSS.escape(link.dataset.veld)}"]`);
    // The server lists field errors in the order validation found them; show them in the order of the form.
    const lijst = overzicht.querySelector("ul");
    const items = [...lijst.children];
    const veldVanItem = (item) => {
        const link = item.querySelector("a[data-veld]");
        return link ? veldVan(link) : null;
    };
    items.sort((a, b) => {
        const [veldA, veldB] = [veldVanItem(a), veldVanItem(b)];
        if (!veldA || !veldB) {
            return (veldA ? 1 : 0) - (veldB ? 1 : 0);
        }
        return veldA.compareDocumentPosition(veldB) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }).forEach((item) => lijst.appendChild(item));
    overzicht.focus();
    overzicht.querySelectorAll("a[data-veld]").forEach((link) => {
        link.addEventListener("click", (gebeurtenis) => {
            const veld = veldVan(link);
            if (!veld) {
                return;
            }
            gebeurtenis.preventDefault();
            // Show the field's label (or its fieldset's legend) too, not just the input at the top edge.
            const kader = veld.closest(".veld, fieldset") || veld;
            kader.scrollIntoView({block: "start"});
            veld.focus({preventScroll: true});
        });
    });
});
