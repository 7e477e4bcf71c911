// Script du projet consommateur créé par `npm run publication:verifier` : il n'utilise que les
// paquets installés depuis le registre local, comme le ferait le SI d'un OPCO, en ESM puis en
// CommonJS. Chaque vérification lève une erreur explicite si le résultat n'est pas celui attendu.
import { strict as assert } from "node:assert";
import { createRequire } from "node:module";
import { verifierSiret, verifierUai } from "@communs-opco/identifiants";
import { opcoParSlug } from "@communs-opco/nomenclatures";
import { smicHoraireMetropole, valeurParametre } from "@communs-opco/parametres";
import { chargerInstantaneEmbarque, ReferentielHorsLigne } from "@communs-opco/referentiels";
import { evaluerRegles, registreContrat } from "@communs-opco/regles";
import { contratExemple, lireContrat } from "@communs-opco/schemas";

assert.equal(verifierUai("0951099D").valide, true, "identifiants : UAI valide");
assert.equal(verifierSiret("13002526500014").valide, false, "identifiants : SIRET à clé fausse");
assert.equal(opcoParSlug("opcommerce").nomOfficiel, "L'Opcommerce", "nomenclatures : nom officiel");
assert.equal(valeurParametre(smicHoraireMetropole, "2026-01-01")?.valeur, 12.02, "parametres : SMIC horaire au 01/01/2026");
const lu = lireContrat(JSON.parse(JSON.stringify(contratExemple)));
assert.equal(lu.ok, true, "schemas : le contrat d'exemple se relit");
const resultat = evaluerRegles(registreContrat, contratExemple, { dateEvaluation: "2024-08-28" });
// Le contrat d'exemple (apprenti mineur sur travaux réglementés) porte un seul constat, d'information :
// le rappel de la déclaration de dérogation à l'inspection du travail (R4153-40). Aucun constat bloquant.
const bloquants = (r) => r.constats.filter((c) => c.severite === "bloquant").length;
assert.equal(bloquants(resultat), 0, "regles : le contrat d'exemple n'a aucun constat bloquant");
assert.ok(resultat.synthese.conformes > 0, "regles : des règles ont été évaluées");
const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
const npec = await referentiel.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
assert.equal(npec.statut, "trouve", "referentiels : NPEC de l'instantané embarqué");
console.log(
  `ESM : identifiants, nomenclatures, parametres (SMIC ${valeurParametre(smicHoraireMetropole, "2026-01-01")?.valeur} €/h), schemas, ` +
    `regles (${resultat.synthese.conformes} règles conformes), referentiels (NPEC ${npec.valeur.npecAnnuel} €) : OK`,
);

// Les mêmes paquets chargés en CommonJS (sortie `require` des paquets publiés).
const require = createRequire(import.meta.url);
const cjs = {
  identifiants: require("@communs-opco/identifiants"),
  nomenclatures: require("@communs-opco/nomenclatures"),
  parametres: require("@communs-opco/parametres"),
  schemas: require("@communs-opco/schemas"),
  regles: require("@communs-opco/regles"),
  referentiels: require("@communs-opco/referentiels"),
};
assert.equal(cjs.identifiants.verifierUai("0951099D").valide, true, "CommonJS : identifiants");
assert.equal(cjs.nomenclatures.opcoParSlug("opco-mobilites").nomOfficiel, "OPCO Mobilités", "CommonJS : nomenclatures");
assert.equal(cjs.parametres.valeurParametre(cjs.parametres.smicHoraireMetropole, "2025-12-31")?.valeur, 11.88, "CommonJS : parametres");
assert.equal(cjs.schemas.lireContrat(JSON.parse(JSON.stringify(cjs.schemas.contratExemple))).ok, true, "CommonJS : schemas");
assert.equal(bloquants(cjs.regles.evaluerRegles(cjs.regles.registreContrat, cjs.schemas.contratExemple, { dateEvaluation: "2024-08-28" })), 0, "CommonJS : regles");
assert.equal(typeof cjs.referentiels.ReferentielHorsLigne, "function", "CommonJS : referentiels");
console.log("CommonJS : les six bibliothèques se chargent avec require() : OK");
