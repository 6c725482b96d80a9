// Tables on a phone: every cell gets its column's name in data-label, so that the stylesheet can show each row as a
// card ("Datum: 4 mei 2026") instead of a table wider than the screen (WCAG 1.4.10, reflow). Tables without a
// header row are left alone. Runs on load and again after htmx has swapped in new results (live search).
function stapelTabellen(binnen) {
    binnen.querySelectorAll("table.tabel, .markdown table").forEach((tabel) => {
        const kopregel = tabel.tHead && tabel.tHead.rows[0];
        if (!kopregel) {
            return;
        }
        const namen = [];
        for (const kop of kopregel.cells) {
            for (let i = 0; i < kop.colSpan; i++) {
                namen.push(kop.textContent.trim());
            }
        }
        for (const lichaam of tabel.tBodies) {
            for (const rij of lichaam.rows) {
                let kolom = 0;
                for (const cel of rij.cells) {
                    // The row's own name (th scope=row) heads its card and needs no label.
                    cel.dataset.label = cel.scope === "row" ? "" : (namen[kolom] || "");
                    kolom += cel.colSpan;
                }
            }
        }
        tabel.classList.add("tabel--stapel");
    });
}

document.addEventListener("DOMContentLoaded", () => stapelTabellen(document));
document.addEventListener("htmx:afterSettle", (gebeurtenis) => stapelTabellen(gebeurtenis.target));
