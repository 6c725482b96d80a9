// Passkeys with Spring Security's WebAuthn endpoints: register one (page Beveiliging), and confirm with one (the
// second step of the login, and the step-up when the wethouder signs). No inline script: the CSP is 'self'.
(function () {
    "use strict";

    function naarBytes(base64url) {
        var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
        var tekst = window.atob(base64);
        var bytes = new Uint8Array(tekst.length);
        for (var i = 0; i < tekst.length; i++) {
            bytes[i] = tekst.charCodeAt(i);
        }
        return bytes.buffer;
    }

    function naarBase64url(buffer) {
        var tekst = String.fromCharCode.apply(null, new Uint8Array(buffer));
        return window.btoa(tekst).replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    }

    function csrf() {
        var token = document.querySelector("meta[name='_csrf']");
        var kop = document.querySelector("meta[name='_csrf_header']");
        var headers = {"Content-Type": "application/json"};
        if (token && kop) {
            headers[kop.content] = token.content;
        }
        return headers;
    }

    async function post(url, body) {
        var antwoord = await fetch(url, {method: "POST", headers: csrf(), credentials: "same-origin",
            body: body ? JSON.stringify(body) : undefined});
        if (!antwoord.ok) {
            throw new Error("HTTP " + antwoord.status);
        }
        return antwoord.json();
    }

    function toonFout(e) {
        if (window.console) {
            console.error(e);
        }
        var fout = document.getElementById("passkey-fout");
        if (fout) {
            fout.hidden = false;
            fout.focus();
        }
    }

    async function registreer(label) {
        var opties = await post("/webauthn/register/options");
        opties.user.id = naarBytes(opties.user.id);
        opties.challenge = naarBytes(opties.challenge);
        opties.excludeCredentials = (opties.excludeCredentials || []).map(function (c) {
            return Object.assign({}, c, {id: naarBytes(c.id)});
        });
        var sleutel = await navigator.credentials.create({publicKey: opties});
        var antwoord = sleutel.response;
        var resultaat = await post("/webauthn/register", {publicKey: {label: label, credential: {
            id: sleutel.id,
            rawId: naarBase64url(sleutel.rawId),
            response: {
                attestationObject: naarBase64url(antwoord.attestationObject),
                clientDataJSON: naarBase64url(antwoord.clientDataJSON),
                transports: antwoord.getTransports ? antwoord.getTransports() : []
            },
            type: sleutel.type,
            clientExtensionResults: sleutel.getClientExtensionResults(),
            authenticatorAttachment: sleutel.authenticatorAttachment
        }}});
        if (!resultaat || !resultaat.success) {
            throw new Error("registratie geweigerd");
        }
    }

    async function bevestig() {
        var opties = await post("/webauthn/authenticate/options");
        opties.challenge = naarBytes(opties.challenge);
        opties.allowCredentials = (opties.allowCredentials || []).map(function (c) {
            return Object.assign({}, c, {id: naarBytes(c.id)});
        });
        var bewijs = await navigator.credentials.get({publicKey: opties});
        var antwoord = bewijs.response;
        var resultaat = await post("/login/webauthn", {
            id: bewijs.id,
            rawId: naarBase64url(bewijs.rawId),
            response: {
                authenticatorData: naarBase64url(antwoord.authenticatorData),
                clientDataJSON: naarBase64url(antwoord.clientDataJSON),
                signature: naarBase64url(antwoord.signature),
                userHandle: antwoord.userHandle ? naarBase64url(antwoord.userHandle) : undefined
            },
            credType: bewijs.type,
            clientExtensionResults: bewijs.getClientExtensionResults(),
            authenticatorAttachment: bewijs.authenticatorAttachment
        });
        if (!resultaat || !resultaat.authenticated) {
            throw new Error("niet geaccepteerd");
        }
        return resultaat.redirectUrl;
    }

    document.addEventListener("DOMContentLoaded", function () {
        var toevoegen = document.querySelector("[data-passkey-toevoegen]");
        if (toevoegen) {
            toevoegen.addEventListener("click", async function () {
                var blok = document.querySelector("[data-passkey-registratie]");
                var label = document.getElementById("passkey-label").value.trim() || "Passkey";
                try {
                    await registreer(label);
                    window.location.href = blok.dataset.verder;
                } catch (e) {
                    toonFout(e);
                }
            });
        }
        document.querySelectorAll("[data-passkey-bevestig]").forEach(function (knop) {
            knop.addEventListener("click", async function () {
                try {
                    var verder = await bevestig();
                    // On the signing page we stay there (data-blijf); after the login, Spring names the page.
                    window.location.href = knop.dataset.blijf || verder || knop.dataset.verder;
                } catch (e) {
                    toonFout(e);
                }
            });
        });
    });
}());
