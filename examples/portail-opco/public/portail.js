// Script du portail d'exemple (module, sans script en ligne : la page garde une politique de
// contenu stricte). Si les composants ne se chargent pas (paquet @communs-opco/formulaire-web absent
// du serveur), la page le dit au lieu de rester vide ; les événements du formulaire sont relayés.
const avis = document.getElementById("avis-composants");

function annoncer(texte) {
  if (avis === null) return;
  avis.textContent = texte;
  avis.hidden = false;
}

const attente = new Promise((resoudre) => setTimeout(() => resoudre(false), 5000));
const definis = Promise.all(["cerfa-apprentissage", "offres-alternance"].map((nom) => customElements.whenDefined(nom))).then(() => true);
Promise.race([definis, attente]).then((charges) => {
  if (!charges) annoncer("Les composants du formulaire ne sont pas disponibles sur ce serveur (paquet @communs-opco/formulaire-web non installé).");
});

document.addEventListener("cerfa-pdf", () => annoncer("Le CERFA rempli est prêt : il reste à le signer."));
document.addEventListener("cerfa-signe", () => annoncer("Le CERFA est signé."));
