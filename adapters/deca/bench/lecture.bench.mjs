// Banc d'essai de l'adaptateur DECA (paquets compilés, importés par leur nom).
//
// Une extraction de BENCH_CONTRATS contrats (10 000 par défaut), obtenue en écrivant des dossiers
// standard variés avec l'écrivain DECA, est relue par le lecteur (JSON.parse, parcours des pages,
// table de correspondance, entrée tolérante du standard) ; on mesure aussi le JSON.parse seul.
//
// Imprime une ligne JSON : { bench, contrats, contratsParSeconde, ratioJsonParse, lus, illisibles }.
import { collecterLecture } from "@communs-opco/adaptateur";
import { ecrireDeca, lireDeca } from "@communs-opco/adaptateur-deca";

const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 10_000);
const etats = ["DEPOSE", "ANNULE", "ROMPU"];
const dossiers = Array.from({ length: CONTRATS }, (_, i) => ({
  numeroDeca: `069${2020 + (i % 8)}${String((i % 12) + 1).padStart(2, "0")}00${String(i % 10_000).padStart(4, "0")}`,
  dispositif: "APPR",
  etat: etats[i % 3],
  ...(i % 3 === 2 ? { rupture: { dateEffet: "2024-05-31", codeMotif: "03" } } : {}),
  contrat: {
    apprenti: { nom: `NOM${i}`, prenom: "PRENOM", sexe: i % 2 ? "M" : "F", dateNaissance: "2006-03-14", departementNaissance: "75", nationalite: "1", handicap: i % 17 === 0 },
    employeur: { siret: "73282932000074", codeIdcc: "0843", naf: "10.71C", nombreDeSalaries: 12 },
    contrat: { typeContratApp: "11", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
    formation: { rncp: "RNCP38565", codeDiplome: "50022141", dateDebutFormation: "2024-09-01", dateFinFormation: "2026-06-30" },
  },
}));
const { octets } = await ecrireDeca(dossiers);
const source = { nom: "bench.json", octets };

const debutParse = performance.now();
JSON.parse(new TextDecoder().decode(octets));
const dureeParse = performance.now() - debutParse;

const debut = performance.now();
const bilan = await collecterLecture(lireDeca(source));
const duree = performance.now() - debut;

process.stdout.write(
  `${JSON.stringify({
    bench: "adaptateur-deca.lecture",
    contrats: CONTRATS,
    contratsParSeconde: Math.round(CONTRATS / (duree / 1000)),
    ratioJsonParse: Math.round((duree / dureeParse) * 10) / 10,
    lus: bilan.lus,
    illisibles: bilan.illisibles,
  })}\n`,
);
