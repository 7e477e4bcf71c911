import {
  elementsJson,
  estObjet,
  lireElementsJson,
  validerCandidat,
  versStandard,
  type ResultatLecteur,
  type SourceDonnees,
} from "@communs-opco/adaptateur";
import { lireDossier, type Dossier } from "@communs-opco/schemas";
import { versRemunerationsAnnuelles } from "./remunerationsStructurees.js";
import { tableAgecap, tableStatutAgecap } from "./tableAgecap.js";

const BLOCS_CONTRAT = ["employeur", "alternant", "maitre1", "maitre2", "detailsContrat", "formation", "organismeFormation", "etablissementFormation"];
const CHEMIN_REMUNERATIONS = "/detailsContrat/remunerationsAnnuellesStructurees";

/**
 * Vrai si l'objet est un enregistrement de statut AGECAP (WS03) plutôt qu'un contrat.
 *
 * @example
 * ```ts
 * estStatutAgecap({ numTeletransmission: "T1", statut: "Déposé" }); // true
 * ```
 */
export function estStatutAgecap(objet: Record<string, unknown>): boolean {
  return !BLOCS_CONTRAT.some((b) => b in objet) && ("statut" in objet || "numTeletransmission" in objet || "numDepot" in objet);
}

function lireContrat(brut: Record<string, unknown>, fichier: string, pointeur: string): ResultatLecteur<Dossier> {
  const details = estObjet(brut["detailsContrat"]) ? brut["detailsContrat"] : undefined;
  const structurees = details?.["remunerationsAnnuellesStructurees"];
  const sansRemunerations =
    details === undefined || !("remunerationsAnnuellesStructurees" in details)
      ? brut
      : { ...brut, detailsContrat: Object.fromEntries(Object.entries(details).filter(([k]) => k !== "remunerationsAnnuellesStructurees")) };
  const conversion = versStandard(sansRemunerations, tableAgecap);
  const candidat = conversion.candidat as { contrat?: { contrat?: Record<string, unknown> } };
  const extensions = { ...conversion.extensions };
  const origines = new Map(conversion.origines);
  const { lignes, inconnues } = versRemunerationsAnnuelles(structurees);
  for (const [cle, valeur] of Object.entries(inconnues)) extensions[`agecap:${CHEMIN_REMUNERATIONS}${cle === "" ? "" : `/${cle}`}`] = valeur;
  if (lignes.length > 0) {
    candidat.contrat ??= {};
    candidat.contrat.contrat ??= {};
    candidat.contrat.contrat["remunerationsAnnuelles"] = lignes;
    lignes.forEach((ligne, i) => {
      const cle = `annee${String(ligne["ordre"]).replace(".", "Periode")}`;
      for (const champ of ["dateDebut", "dateFin", "taux", "typeSalaire"]) {
        origines.set(`contrat.contrat.remunerationsAnnuelles.${i}.${champ}`, `${CHEMIN_REMUNERATIONS}/${cle}/${champ}`);
      }
    });
  }
  return validerCandidat(
    { candidat: { ...conversion.candidat, source: { systeme: "agecap" } }, extensions, origines },
    { lecteur: lireDossier, fichier, pointeur },
  );
}

function lireStatut(brut: Record<string, unknown>, fichier: string, pointeur: string): ResultatLecteur<Dossier> {
  const conversion = versStandard(brut, tableStatutAgecap);
  const candidat: Record<string, unknown> = { ...conversion.candidat, source: { systeme: "agecap", version: "WS03" } };
  const origines = new Map(conversion.origines);
  const statut = brut["statut"];
  const horodatage = brut["dateMiseAJourStatut"];
  if (typeof statut === "string" && typeof horodatage === "string" && horodatage.trim() !== "") {
    const evenement: Record<string, unknown> = { type: statut, date: horodatage.slice(0, 10), source: "agecap" };
    if (horodatage.trim().length > 10) evenement["horodatage"] = horodatage;
    if (typeof brut["libelleMotifNonDepot"] === "string" && brut["libelleMotifNonDepot"] !== "") evenement["commentaire"] = brut["libelleMotifNonDepot"];
    candidat["evenements"] = [evenement];
    origines.set("evenements.0.type", "/statut");
    origines.set("evenements.0", "/dateMiseAJourStatut");
  }
  return validerCandidat(
    { candidat, extensions: conversion.extensions, origines },
    { lecteur: lireDossier, fichier, pointeur },
  );
}

/**
 * Lit du JSON AGECAP : un contrat (charge utile WS01) ou un enregistrement de statut
 * (réponse WS03 `changementStatut`), seul, en liste, ou sous `contrats` / `statuts`.
 * Chaque élément donne un dossier standard (contrat complet, ou état, numéro DECA
 * `numDepot`, motif de non-dépôt et événement horodaté) ou une erreur localisée par
 * pointeur JSON. Les champs hors standard (`infoTransmission`, `numTeletransmission`,
 * `commentaireMotifNonDepot`…) sont conservés sous `agecap:/pointeur`. Ne lève jamais
 * d'exception.
 *
 * @example
 * ```ts
 * for await (const r of lireAgecap({ nom: "statuts.json", octets })) {
 *   if (r.ok) console.log(r.valeur.etat, r.valeur.numeroDeca);
 * }
 * ```
 */
export function lireAgecap(source: SourceDonnees): AsyncGenerator<ResultatLecteur<Dossier>> {
  return lireElementsJson(
    source,
    (racine) => elementsJson(racine, ["contrats", "statuts"]),
    ({ valeur, segments }, { fichier, pointeur }): ResultatLecteur<Dossier> => {
      if (!estObjet(valeur)) {
        const code = segments.length === 0 ? "structure_invalide" : "enregistrement_invalide";
        return { ok: false, erreur: { code, message: "Un contrat ou un statut AGECAP doit être un objet JSON.", source: { fichier, pointeur } } };
      }
      return estStatutAgecap(valeur) ? lireStatut(valeur, fichier, pointeur) : lireContrat(valeur, fichier, pointeur);
    },
  );
}
