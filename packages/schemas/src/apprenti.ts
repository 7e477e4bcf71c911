import { z } from "zod";
import { schemaAdressePersonne } from "./adresse.js";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champNombre } from "./champs/champNombre.js";
import { champTexte } from "./champs/champTexte.js";
import { codesCerfa } from "./codes/codesCerfa.js";
import { avecAlias } from "./normalisation/avecAlias.js";
import { schemaResponsableLegal } from "./responsableLegal.js";

function tableDepartementsNaissance(): Record<string, string> {
  const table: Record<string, string> = {};
  for (let numero = 1; numero <= 95; numero += 1) {
    if (numero === 20) continue;
    table[String(numero).padStart(2, "0")] = `Département ${String(numero).padStart(2, "0")}`;
  }
  table["2A"] = "Corse-du-Sud";
  table["2B"] = "Haute-Corse";
  table["99"] = "Né(e) à l'étranger";
  table["971"] = "Guadeloupe";
  table["972"] = "Martinique";
  table["973"] = "Guyane";
  table["974"] = "La Réunion";
  table["976"] = "Mayotte";
  return table;
}

const departementsNaissance = tableDepartementsNaissance();
const correspondancesDepartement: Record<string, string> = {};
for (const code of Object.keys(departementsNaissance)) {
  if (code.length === 2) correspondancesDepartement[`0${code}`] = code;
  if (/^0\d$/u.test(code)) correspondancesDepartement[code.slice(1)] = code;
}

/**
 * Bloc apprenti du contrat (`contrat.md` §2.2), CERFA FA13 *14 (avec les sous-cases
 * RQTH du CERFA *13 : équivalence jeunes, extension BOE). Le NIR est une donnée
 * personnelle sensible : il reste un texte ici, contrôlé par les règles R-NIR-*.
 *
 * En entrée, le sexe AGECAP `1`/`2` devient `M`/`F`, le département AGECAP sur 3
 * caractères (`075`, `02A`) revient à la forme CERFA (`75`, `2A`), et
 * `sportifEntraineurArbitreJugeHautNiveau` est lu comme `inscriptionSportifDeHautNiveau`.
 *
 * @example
 * ```ts
 * const apprenti: Apprenti = { nom: "MARTIN", prenom: "Léa", dateNaissance: "2007-03-14", sexe: "F", nationalite: "1" };
 * schemaApprenti.parse(apprenti);
 * ```
 */
export const schemaApprenti = avecAlias(
  z
    .strictObject({
      nom: champTexte("Nom de naissance", {}, 80).optional(),
      nomUsage: champTexte("Nom d'usage", {}, 80).optional(),
      prenom: champTexte("Premier prénom selon l'état civil", {}, 80).optional(),
      dateNaissance: champDate("Date de naissance").optional(),
      age: champNombre("Âge en années révolues à la date de début d'exécution (calculé)", { min: 0, entier: true }).optional(),
      sexe: champCode("Sexe", codesCerfa.sexe, { majuscules: true, correspondances: { "1": "M", "2": "F", H: "M" } }).optional(),
      lieuNaissanceFrance: champBooleen("Né(e) en France").optional(),
      communeNaissance: champTexte("Commune de naissance", {}, 80).optional(),
      departementNaissance: champCode("Département de naissance (99 = étranger)", departementsNaissance, {
        majuscules: true,
        correspondances: correspondancesDepartement,
      }).optional(),
      nir: champTexte("NIR (13 caractères sans clé ou 15 avec clé) — donnée sensible", { majuscules: true, sansEspaces: true }).optional(),
      nationalite: champCode("Nationalité", codesCerfa.nationalite).optional(),
      regimeSocial: champCode("Régime social", codesCerfa.regimeSocial).optional(),
      adresse: schemaAdressePersonne.optional(),
      telephone: champTexte("Téléphone", { sansEspaces: true }).optional(),
      courriel: champTexte("Courriel", {}, 80).optional(),
      projetCreationRepriseEntreprise: champBooleen("Projet de création ou de reprise d'entreprise").optional(),
      inscriptionSportifDeHautNiveau: champBooleen("Inscrit(e) sur la liste des sportifs, entraîneurs, arbitres et juges sportifs de haut niveau").optional(),
      handicap: champBooleen("Reconnaissance de la qualité de travailleur handicapé (RQTH)").optional(),
      handicapEquivalenceJeunes: champBooleen("RQTH : équivalence jeunes (CERFA *13 et suivants)").optional(),
      handicapExtensionBoe: champBooleen("RQTH : extension BOE (CERFA *13 et suivants)").optional(),
      situationAvantContrat: champCode("Situation avant ce contrat", codesCerfa.situationAvantContrat).optional(),
      diplomePrepare: champCode("Dernier diplôme ou titre préparé", codesCerfa.diplome).optional(),
      intituleDiplomePrepare: champTexte("Intitulé précis du dernier diplôme ou titre préparé", {}, 255).optional(),
      derniereClasse: champCode("Dernière classe / année suivie", codesCerfa.derniereClasse).optional(),
      diplome: champCode("Diplôme ou titre le plus élevé obtenu", codesCerfa.diplome).optional(),
      apprentiMineur: champBooleen("Mineur à la date de signature du contrat").optional(),
      apprentiMineurNonEmancipe: champBooleen("Mineur non émancipé").optional(),
      responsableLegal: schemaResponsableLegal.optional(),
    })
    .meta({ title: "Apprenti", description: "Apprenti(e) (CERFA FA13, cadre « L'apprenti(e) »)" }),
  { sportifEntraineurArbitreJugeHautNiveau: "inscriptionSportifDeHautNiveau" },
);

/** Apprenti du contrat (voir {@link schemaApprenti}). @example `const a: Apprenti = { nom: "MARTIN" };` */
export type Apprenti = z.infer<typeof schemaApprenti>;
