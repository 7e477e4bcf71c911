// Banc d'essai des clients de référentiels : contrôles « avant paiement » de 10 000 contrats
// portant environ 1 000 employeurs distincts (graine fixe). Chaque contrat demande l'OPCO de son
// employeur (référentiel en ligne → client SIRO) à l'émulateur local SIRO réglé sur 20 ms de
// latence et 50 requêtes/s (429 au-delà). Le client est limité à 50 requêtes/s, déduplique les
// requêtes identiques en cours et met les réponses en cache : il doit émettre exactement une
// requête par employeur distinct, sans recevoir aucun 429, en un temps proche du minimum
// théorique (distincts / 50 s).
// Imprime une ligne JSON : { bench, requetes, identifiantsDistincts, reponses429, dureeMs, dureeMinimaleMs }.
import { CacheMemoireLru, creerClientSiro, referentielEnLigne } from "@communs-opco/referentiels";
import { CLE_EMULATEUR_SIRO, demarrerEmulateurSiro } from "@communs-opco/test-support";

const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 10_000);
const EMPLOYEURS = Number(process.env.BENCH_EMPLOYEURS ?? 1_000);
const DEBIT = 50;
const LATENCE_MS = 20;

function generateur(graine) {
  let etat = graine >>> 0;
  return () => {
    etat = (etat + 0x6d2b79f5) >>> 0;
    let t = etat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** SIRET valide (Luhn) : SIREN fictif à 8 chiffres + clé, NIC 00010 + clé. */
function siretValide(numero) {
  const luhn = (chiffres) => {
    let somme = 0;
    for (let i = 0; i < chiffres.length; i++) {
      let c = Number(chiffres[chiffres.length - 1 - i]);
      if (i % 2 === 1) c = c * 2 > 9 ? c * 2 - 9 : c * 2;
      somme += c;
    }
    return somme;
  };
  const base = `8${String(numero).padStart(7, "0")}`;
  const siren = base + ((10 - (luhn(`${base}0`) % 10)) % 10);
  const debut = `${siren}0001`;
  for (let cle = 0; cle < 10; cle++) if (luhn(debut + cle) % 10 === 0) return debut + cle;
  throw new Error("clé introuvable");
}

const OPCOS = ["AKTO", "OPCO EP", "ATLAS", "L'OPCOMMERCE", "OPCO2I", "CONSTRUCTYS", "OCAPIAT", "AFDAS", "UNIFORMATION COHESION SOCIALE", "OPCO SANTE", "OPCO MOBILITES"];
const entreprises = Array.from({ length: EMPLOYEURS }, (_, i) => ({
  siret: siretValide(i + 1),
  nom: `EMPLOYEUR ${i + 1}`,
  etatAdministratif: "A",
  naf: null,
  idcc: [],
  trancheEffectif: null,
  adresse: "",
  codePostal: null,
  commune: null,
  libelleCommune: null,
  opco: i % 20 === 0 ? null : { code: String((i % 11) + 1), nom: OPCOS[i % 11] },
}));

const aleatoire = generateur(2026);
const contrats = Array.from({ length: CONTRATS }, () => entreprises[Math.floor(aleatoire() * EMPLOYEURS)].siret);
const identifiantsDistincts = new Set(contrats).size;

const emulateur = await demarrerEmulateurSiro({ latenceMs: LATENCE_MS, limiteParSeconde: DEBIT, entreprises });
const siro = creerClientSiro({
  urlBase: `${emulateur.url}/siro/v1`,
  cleApi: CLE_EMULATEUR_SIRO,
  requetesParSeconde: DEBIT,
  concurrence: 16,
  cache: new CacheMemoireLru({ capacite: 2 * EMPLOYEURS }),
  dureeCacheMs: 3_600_000,
});
const referentiel = referentielEnLigne({ siro });

const t0 = performance.now();
const reponses = await Promise.all(contrats.map((siret) => referentiel.opcoDeSiret(siret)));
const dureeMs = performance.now() - t0;
await emulateur.arreter();

const statuts = reponses.reduce((compte, r) => ({ ...compte, [r.statut]: (compte[r.statut] ?? 0) + 1 }), {});
const ligne = {
  bench: "referentiels",
  contrats: CONTRATS,
  requetes: emulateur.statistiques.requetes,
  identifiantsDistincts,
  reponses429: emulateur.statistiques.reponses429,
  dureeMs: Math.round(dureeMs),
  dureeMinimaleMs: Math.round((identifiantsDistincts / DEBIT) * 1000),
  statuts,
};
console.log(JSON.stringify(ligne));
if (ligne.requetes !== identifiantsDistincts || ligne.reponses429 !== 0 || (statuts.indisponible ?? 0) > 0) process.exit(1);
