// The voorstel's editor (collegevoorstel/formulier.html), as progressive enhancement: without this script the
// textareas work as plain textareas.
// - Paste: when the clipboard holds HTML (Word, LibreOffice, a web page) or tab-separated lines (a table as text),
//   the server turns it into Markdown (POST /collegevoorstellen/plakken, sanitised there) and that text is inserted
//   at the cursor. If that fails, the plain text is pasted with a message, so nothing is lost.
// - Preview: "Voorbeeld" shows the section as the voorstel's page and the PDF render it (POST .../voorbeeld) and
//   follows the typing while it is open.
// - Draft: every change is kept in this browser's localStorage per form; after a crash or a closed tab the form
//   offers it back ("Concept hersteld", with a button to throw it away). A successful save removes it.
(() => {
    const formulier = document.querySelector("form[data-concept]");
    const teksten = document.querySelector("[data-teksten]");
    if (!formulier || !teksten) {
        return;
    }
    const csrf = formulier.querySelector("input[name='_csrf']");
    const sleutel = "wijkafspraken:concept:" + new URL(formulier.action, location.href).pathname;
    const VERZONDEN = "wijkafspraken:concept-verzonden";
    const post = (url, gegevens) => fetch(url, {
        method: "POST",
        headers: csrf ? {"X-CSRF-TOKEN": csrf.value} : {},
        body: new URLSearchParams(gegevens),
        credentials: "same-origin",
    });

    // ---- Paste --------------------------------------------------------------------------------------------------
    class PlakFout extends Error {}
    const voegIn = (veld, tekst) => {
        veld.focus();
        veld.setRangeText(tekst, veld.selectionStart, veld.selectionEnd, "end");
        veld.dispatchEvent(new Event("input", {bubbles: true}));
    };
    const melding = (veld, tekst) => {
        const plek = veld.parentElement.querySelector("[data-plakmelding]");
        if (plek) {
            plek.textContent = tekst || "";
        }
    };
    document.querySelectorAll("textarea[data-sectie-tekst]").forEach((veld) => {
        veld.addEventListener("paste", (gebeurtenis) => {
            const klembord = gebeurtenis.clipboardData;
            if (!klembord) {
                return;
            }
            const html = klembord.getData("text/html") || "";
            const tekst = klembord.getData("text/plain") || "";
            if (!html.trim() && !/\t.*\n.*\t/s.test(tekst)) {
                return; // plain text: the browser pastes it as it is
            }
            gebeurtenis.preventDefault();
            veld.setAttribute("aria-busy", "true");
            melding(veld, teksten.dataset.plakkenBezig);
            post(teksten.dataset.plakkenUrl, {html, tekst})
                .then((antwoord) => antwoord.text().then((inhoud) => {
                    if (!antwoord.ok) {
                        throw new PlakFout(antwoord.status === 413 ? inhoud : teksten.dataset.plakkenFout);
                    }
                    voegIn(veld, inhoud);
                    melding(veld, "");
                }))
                .catch((fout) => {
                    voegIn(veld, tekst);
                    melding(veld, fout instanceof PlakFout ? fout.message : teksten.dataset.plakkenFout);
                })
                .finally(() => veld.removeAttribute("aria-busy"));
        });
    });

    // ---- Preview ------------------------------------------------------------------------------------------------
    const toon = (knop, veld, vak) => post(teksten.dataset.voorbeeldUrl, {tekst: veld.value})
        .then((antwoord) => {
            if (!antwoord.ok) {
                throw new Error();
            }
            return antwoord.text();
        })
        .then((html) => { vak.innerHTML = html; })
        .catch(() => { vak.textContent = teksten.dataset.voorbeeldFout; });
    document.querySelectorAll("[data-voorbeeld-knop]").forEach((knop) => {
        const vak = document.getElementById(knop.getAttribute("aria-controls"));
        const veld = knop.closest(".sectieveld").querySelector("textarea");
        knop.closest("[data-met-script]").hidden = false;
        let wacht;
        knop.addEventListener("click", () => {
            const open = knop.getAttribute("aria-expanded") !== "true";
            knop.setAttribute("aria-expanded", String(open));
            vak.hidden = !open;
            if (open) {
                toon(knop, veld, vak);
            }
        });
        veld.addEventListener("input", () => {
            if (knop.getAttribute("aria-expanded") === "true") {
                clearTimeout(wacht);
                wacht = setTimeout(() => toon(knop, veld, vak), 400);
            }
        });
    });

    // ---- Table of contents: open the section a link points to -------------------------------------------------
    document.querySelectorAll(".inhoudsopgave a[href^='#']").forEach((link) => {
        link.addEventListener("click", () => {
            const doel = document.getElementById(link.getAttribute("href").slice(1));
            const vak = doel && doel.closest("details");
            if (vak) {
                vak.open = true;
            }
        });
    });

    // ---- Draft --------------------------------------------------------------------------------------------------
    const velden = () => Array.from(formulier.elements).filter((veld) => veld.name && !veld.name.startsWith("_")
        && veld.name !== "versie" && veld.type !== "hidden" && veld.type !== "submit" && veld.type !== "button");
    const waarden = () => {
        const uit = {};
        velden().forEach((veld) => {
            if (veld.type === "radio" || veld.type === "checkbox") {
                if (veld.checked) {
                    uit[veld.name] = veld.value;
                }
            } else {
                uit[veld.name] = veld.value;
            }
        });
        return uit;
    };
    const zet = (gegevens) => velden().forEach((veld) => {
        if (!(veld.name in gegevens)) {
            if (veld.type === "radio" || veld.type === "checkbox") {
                veld.checked = false;
            }
            return;
        }
        if (veld.type === "radio" || veld.type === "checkbox") {
            veld.checked = gegevens[veld.name] === veld.value;
        } else {
            veld.value = gegevens[veld.name];
        }
    });
    const versie = () => (formulier.querySelector("input[name='versie']") || {}).value || "";
    const lees = () => {
        try {
            return JSON.parse(localStorage.getItem(sleutel) || "null");
        } catch (e) {
            return null;
        }
    };

    // The form came back from the server (errors, or a row of ambtenaren added or removed): it holds what was just
    // submitted, rows renumbered, so it is the draft now and the stored one is not offered back (it would put the
    // old rows over the new ones). A save that succeeded leads to a page with a success message, where formulier.js
    // removes the draft.
    const teruggestuurd = sessionStorage.getItem(VERZONDEN) === sleutel;
    if (teruggestuurd) {
        sessionStorage.removeItem(VERZONDEN);
    }

    const opgeslagen = waarden();
    const concept = lees();
    if (teruggestuurd) {
        try {
            localStorage.setItem(sleutel, JSON.stringify({versie: versie(), waarden: opgeslagen}));
        } catch (e) {
            // storage full or blocked: the form still works, only without a draft
        }
    } else if (concept && concept.versie === versie()
            && Object.keys(concept.waarden).some((naam) => concept.waarden[naam] !== opgeslagen[naam])) {
        zet(concept.waarden);
        formulier.querySelectorAll("details.sectieveld").forEach((vak) => {
            if (vak.querySelector("textarea").value.trim()) {
                vak.open = true;
            }
        });
        const bericht = formulier.querySelector("[data-concept-melding]");
        bericht.hidden = false;
        bericht.querySelector("[data-concept-weggooien]").addEventListener("click", () => {
            localStorage.removeItem(sleutel);
            zet(opgeslagen);
            bericht.querySelector("p").textContent = teksten.dataset.conceptWeggegooid;
            bericht.querySelector("[data-concept-weggooien]").remove();
        });
    } else if (concept) {
        localStorage.removeItem(sleutel);
    }

    let bewaar;
    formulier.addEventListener("input", () => {
        clearTimeout(bewaar);
        bewaar = setTimeout(() => {
            try {
                localStorage.setItem(sleutel, JSON.stringify({versie: versie(), waarden: waarden()}));
            } catch (e) {
                // storage full or blocked: the form still works, only without a draft
            }
        }, 300);
    });
    formulier.addEventListener("change", () => formulier.dispatchEvent(new Event("input")));
    formulier.addEventListener("submit", () => {
        clearTimeout(bewaar);
        localStorage.setItem(sleutel, JSON.stringify({versie: versie(), waarden: waarden()}));
        sessionStorage.setItem(VERZONDEN, sleutel);
    });
})();
