import { estObjet } from "@communs-opco/adaptateur";
import type { ToleranceApiConvergence } from "./ToleranceApiConvergence.js";
import type { VersionProtocole } from "./VersionProtocole.js";

/** Orthographe documentée des natures de frais (exemples publics « Restauration », « Premierequipement »). */
const NATURES: Readonly<Record<string, string>> = {
  RESTAURATION: "Restauration",
  REPAS: "Restauration",
  HEBERGEMENT: "Hebergement",
  PREMIEREQUIPEMENT: "Premierequipement",
  MOBILITE: "Mobilite",
  MOBILITEINTERNATIONALE: "Mobilite",
  AUTRE: "Autre",
};

const simplifier = (texte: string): string =>
  texte
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\s_-]/gu, "")
    .toUpperCase();

const vide = (v: unknown): boolean => v === undefined || v === null || (estObjet(v) && Object.keys(v).length === 0);

/**
 * Applique à un enregistrement brut de l'API Convergence les tolérances d'enregistrement
 * activées (`bloc_employeur_indifferent`, `etat_en_toutes_lettres`,
 * `nature_frais_orthographe`, `commentaire_racine`) et dit lesquelles ont changé quelque
 * chose. L'enregistrement d'origine n'est pas modifié (copie). `versionAttendue` (version
 * de l'appel) choisit le nom du bloc employeur gardé ; sans elle, le bloc présent l'emporte.
 *
 * @example
 * ```ts
 * normaliserEnregistrementApiConvergence({ cerfa: { etat: "RUPTURE" } }, ["etat_en_toutes_lettres"]);
 * // { brut: { cerfa: { etat: "RUPTU" } }, appliquees: ["etat_en_toutes_lettres"] }
 * ```
 */
export function normaliserEnregistrementApiConvergence(
  brut: Record<string, unknown>,
  tolerances: readonly ToleranceApiConvergence[],
  versionAttendue?: VersionProtocole,
): { brut: Record<string, unknown>; appliquees: ToleranceApiConvergence[] } {
  const appliquees: ToleranceApiConvergence[] = [];
  if (tolerances.length === 0) return { brut, appliquees };
  const copie = structuredClone(brut);
  const cerfa = estObjet(copie["cerfa"]) ? copie["cerfa"] : undefined;
  const porteurEtat = cerfa ?? copie;

  if (tolerances.includes("etat_en_toutes_lettres") && typeof porteurEtat["etat"] === "string" && simplifier(porteurEtat["etat"]) === "RUPTURE") {
    porteurEtat["etat"] = "RUPTU";
    appliquees.push("etat_en_toutes_lettres");
  }

  if (tolerances.includes("bloc_employeur_indifferent") && cerfa !== undefined && ("employeur" in cerfa || "employeurV2" in cerfa)) {
    const v1 = cerfa["employeur"];
    const v2 = cerfa["employeurV2"];
    const deux = "employeur" in cerfa && "employeurV2" in cerfa;
    const cible = versionAttendue === undefined ? (vide(v2) && !vide(v1) ? "employeur" : !vide(v2) && vide(v1) ? "employeurV2" : "employeur" in cerfa ? "employeur" : "employeurV2") : versionAttendue === "v1" ? "employeur" : "employeurV2";
    const autre = cible === "employeur" ? "employeurV2" : "employeur";
    if (deux || !(cible in cerfa)) {
      const fusion = { ...(estObjet(cerfa[autre]) ? cerfa[autre] : {}), ...(estObjet(cerfa[cible]) ? cerfa[cible] : {}) };
      delete cerfa[autre];
      cerfa[cible] = fusion;
      appliquees.push("bloc_employeur_indifferent");
    }
  }

  if (tolerances.includes("nature_frais_orthographe")) {
    let change = false;
    const redresser = (liste: unknown, cle: string): void => {
      if (!Array.isArray(liste)) return;
      for (const element of liste) {
        if (!estObjet(element) || typeof element[cle] !== "string") continue;
        const documentee = NATURES[simplifier(element[cle] as string)];
        if (documentee !== undefined && documentee !== element[cle]) {
          element[cle] = documentee;
          change = true;
        }
      }
    };
    redresser(copie["engagementsFraisAnnexe"], "natureFrais");
    const facturation = copie["detailsFacturation"];
    if (estObjet(facturation)) redresser(facturation["periodesFraisAnnexes"], "nature");
    if (change) appliquees.push("nature_frais_orthographe");
  }

  if (tolerances.includes("commentaire_racine") && cerfa !== undefined && typeof copie["comment"] === "string") {
    if (cerfa["commentaireEtat"] === undefined || cerfa["commentaireEtat"] === null || cerfa["commentaireEtat"] === "") {
      cerfa["commentaireEtat"] = copie["comment"];
      delete copie["comment"];
      appliquees.push("commentaire_racine");
    }
  }
  return { brut: appliquees.length === 0 ? brut : copie, appliquees };
}
