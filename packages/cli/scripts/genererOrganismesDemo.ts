// Génère src/demo/organismesDemo.json : les organismes de formation RÉELS que le générateur de
// démonstration (`opco demo`) utilise comme CFA responsables et lieux de formation, pour que les
// vérifications avant paiement sur l'instantané embarqué portent sur des organismes connus.
//
// Usage (depuis la racine du dépôt) :
//   npx tsx --conditions=@communs-opco/source packages/cli/scripts/genererOrganismesDemo.ts
//
// Entrées :
// - le Référentiel des organismes (extrait de mission-apprentissage/api-apprentissage, MIT ;
//   données publiques sous Licence Ouverte 2.0) : <racine>/../shared/data/referentiel-organismes/
//   referentiel.fixture.json, ou $COMMUNS_OPCO_DONNEES/referentiel-organismes/… ;
// - l'instantané embarqué de @communs-opco/referentiels (chaque organisme retenu y est retrouvé
//   par SIRET et par UAI avec la même nature, le même état et la même certification Qualiopi).
// Sortie déterministe (triée par SIRET) : la relancer sur les mêmes entrées donne le même fichier.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { verifierSiret, verifierUai } from "@communs-opco/identifiants";
import { chargerInstantaneEmbarque, ReferentielHorsLigne } from "@communs-opco/referentiels";
import { evaluerRegles, registreContrat } from "@communs-opco/regles";

interface AdresseFixture {
  label?: string;
  code_postal?: string;
  code_insee?: string;
  localite?: string;
  departement?: { code?: string };
  region?: { code?: string };
}
interface OrganismeFixture {
  siret: string;
  uai?: string | null;
  nature: string;
  etat_administratif?: string | null;
  qualiopi?: boolean | null;
  adresse?: AdresseFixture | null;
  lieux_de_formation?: { uai?: string | null; adresse?: AdresseFixture | null }[];
}

const ici = dirname(fileURLToPath(import.meta.url));
const racine = resolve(ici, "../../..");
const donnees = process.env["COMMUNS_OPCO_DONNEES"] ?? join(racine, "..", "shared", "data");
const FIXTURE = "referentiel-organismes/referentiel.fixture.json";
const SORTIE = join(ici, "../src/demo/organismesDemo.json");

/** Adresse postale lue dans le libellé « 12 B RUE X 75011 PARIS » ; commune = localité officielle. */
function adressePostale(a: AdresseFixture | null | undefined): { numero?: string; repetitionVoie?: string; voie: string; codePostal: string; commune: string } | undefined {
  if (a?.label === undefined || a.code_postal === undefined || a.localite === undefined) return undefined;
  const m = /^(?:(\d{1,4})\s+(?:([BTQC])\s+)?)?(.+?)\s+(\d{5})\s+.+$/i.exec(a.label.trim());
  if (m === null || m[4] !== a.code_postal || !/[A-Za-z]{3}/.test(m[3] ?? "")) return undefined;
  return {
    ...(m[1] === undefined ? {} : { numero: m[1] }),
    ...(m[2] === undefined ? {} : { repetitionVoie: m[2].toUpperCase() }),
    voie: (m[3] as string).toUpperCase(),
    codePostal: a.code_postal,
    commune: a.localite,
  };
}

/** Vrai si les règles d'adresse (code postal existant, commune du code postal) ne relèvent rien. */
function adresseCoherente(adresse: object): boolean {
  const constats = evaluerRegles(registreContrat, { organismeFormation: { adresse } }, { dateEvaluation: "2025-11-03" }).constats;
  return !constats.some((c) => c.regle.startsWith("adresses.") && c.chemins.some((ch) => ch.startsWith("organismeFormation.adresse")));
}

const fixture = JSON.parse(readFileSync(join(donnees, FIXTURE), "utf8")) as OrganismeFixture[];
const instantane = await chargerInstantaneEmbarque();
const referentiel = new ReferentielHorsLigne(instantane);

type Etat = "actif" | "ferme";
const retenus: {
  siret: string;
  uai: string;
  nature: string;
  etat: Etat;
  qualiopi: boolean;
  departement: string;
  adresse: NonNullable<ReturnType<typeof adressePostale>>;
  lieux: { uai: string; departement: string; adresse: NonNullable<ReturnType<typeof adressePostale>> }[];
}[] = [];

for (const o of [...fixture].sort((a, b) => a.siret.localeCompare(b.siret))) {
  const uai = o.uai ?? null;
  if (uai === null || !verifierSiret(o.siret).valide || !verifierUai(uai).valide) continue;
  if (!["responsable", "responsable_formateur", "formateur"].includes(o.nature)) continue;
  if (o.etat_administratif !== "actif" && o.etat_administratif !== "fermé") continue;
  if (typeof o.qualiopi !== "boolean") continue;
  const adresse = adressePostale(o.adresse);
  const departement = o.adresse?.departement?.code;
  if (adresse === undefined || departement === undefined || !adresseCoherente(adresse)) continue;
  // Recoupement avec l'instantané embarqué : mêmes faits que ceux que liront les vérifications.
  const parSiret = await referentiel.organisme(o.siret);
  const parUai = await referentiel.organisme(uai);
  if (parSiret.statut !== "trouve" || parUai.statut !== "trouve" || parUai.valeur.siret !== o.siret) continue;
  const etat: Etat = o.etat_administratif === "actif" ? "actif" : "ferme";
  if (parSiret.valeur.nature !== o.nature || parSiret.valeur.qualiopi !== o.qualiopi || parSiret.valeur.ouvert !== (etat === "actif")) continue;
  const lieux = [];
  for (const l of o.lieux_de_formation ?? []) {
    const uaiLieu = l.uai ?? null;
    const adresseLieu = adressePostale(l.adresse);
    const depLieu = l.adresse?.departement?.code;
    if (uaiLieu === null || uaiLieu === uai || !verifierUai(uaiLieu).valide || adresseLieu === undefined || depLieu === undefined || !adresseCoherente(adresseLieu)) continue;
    const r = await referentiel.organisme(uaiLieu);
    if (r.statut !== "trouve" || r.valeur.siret !== o.siret || !(parSiret.valeur.lieuxUai ?? []).includes(uaiLieu)) continue;
    if (!lieux.some((x) => x.uai === uaiLieu)) lieux.push({ uai: uaiLieu, departement: depLieu, adresse: adresseLieu });
  }
  // Les formateurs seuls ne servent qu'à la famille de défauts « CFA non responsable » : 30 suffisent.
  if (o.nature === "formateur" && retenus.filter((x) => x.nature === "formateur").length >= 30) continue;
  retenus.push({ siret: o.siret, uai, nature: o.nature, etat, qualiopi: o.qualiopi, departement, adresse, lieux });
}

const sortie = {
  description:
    "Organismes de formation réels du Référentiel national des organismes de formation (extrait), retrouvés dans l'instantané embarqué de @communs-opco/referentiels, utilisés par le générateur de démonstration. Généré par packages/cli/scripts/genererOrganismesDemo.ts : ne pas modifier à la main.",
  source: {
    fichier: `shared/data/${FIXTURE}`,
    origine: "mission-apprentissage/api-apprentissage, server/src/services/organisme/fixtures/tdb/",
    licence: "MIT (dépôt mission-apprentissage/api-apprentissage) ; données publiques (SIRENE, ACCE, liste Qualiopi, catalogue) sous Licence Ouverte 2.0",
    instantane: instantane.construitLe.slice(0, 10),
  },
  organismes: retenus,
};
// Un organisme par ligne : fichier compact, différences lisibles.
const lignes = sortie.organismes.map((o) => `  ${JSON.stringify(o)}`).join(",\n");
writeFileSync(SORTIE, `${JSON.stringify({ ...sortie, organismes: [] }, null, 1).replace('"organismes": []', `"organismes": [\n${lignes}\n ]`)}\n`);
const compte = (f: (o: (typeof retenus)[number]) => boolean) => retenus.filter(f).length;
process.stdout.write(
  `${retenus.length} organismes écrits dans ${SORTIE} : ${compte((o) => o.nature !== "formateur" && o.etat === "actif" && o.qualiopi)} CFA responsables actifs et Qualiopi, ` +
    `${compte((o) => o.nature !== "formateur" && o.etat === "ferme")} fermés, ${compte((o) => o.nature !== "formateur" && o.etat === "actif" && !o.qualiopi)} sans Qualiopi, ` +
    `${compte((o) => o.nature === "formateur" && o.etat === "actif")} formateurs seuls ; ${retenus.reduce((n, o) => n + o.lieux.length, 0)} lieux de formation distincts.\n`,
);
