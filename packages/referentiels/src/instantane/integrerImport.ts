import type { Instantane, SourceInstantane } from "./Instantane";
import type { ImportSource } from "./importerSource";
import { typesSource } from "./TypeSource";

/**
 * Intègre un import dans un instantané et renvoie le nouvel instantané (l'original n'est pas
 * modifié). Une édition NPEC remplace l'édition du même fichier et garde les autres (historique) ;
 * une liste RNCP d'OPCO remplace la liste du même OPCO ; les autres types remplacent leur section.
 * La couverture de l'import (`extrait`, sinon complet) est portée par sa source.
 *
 * @example
 * ```ts
 * const suivant = integrerImport(instantane, await importerSource("kit", "Kit.xlsx"), "2026-11-26T21:00:00.000Z");
 * ```
 */
export function integrerImport(instantane: Instantane, entree: ImportSource, importeLe: string): Instantane {
  const suivant: Instantane = { ...instantane, construitLe: importeLe, npec: { ...instantane.npec } };
  const source: SourceInstantane = {
    type: entree.type,
    fichier: entree.fichier,
    importeLe,
    dateDonnees: entree.dateDonnees,
    editeur: typesSource[entree.type].editeur,
    licence: typesSource[entree.type].licence,
    statistiques: entree.resultat.statistiques,
    ...(entree.couverture === undefined ? {} : { couverture: entree.couverture }),
  };
  let garderSource = (s: SourceInstantane): boolean => s.type !== entree.type;
  switch (entree.type) {
    case "npec": {
      const f = entree.fichier;
      suivant.npec = {
        editions: [...instantane.npec.editions.filter((e) => e.fichier !== f), entree.resultat.edition],
        valeurs: [...instantane.npec.valeurs.filter((v) => v.fichier !== f), ...entree.resultat.enregistrements],
        correspondances: [...instantane.npec.correspondances.filter((c) => c.fichier !== f), ...entree.resultat.correspondances],
      };
      garderSource = (s) => s.type !== "npec" || s.fichier !== f;
      break;
    }
    case "opco-rncp": {
      const opcos = new Set(entree.resultat.enregistrements.map((e) => e.opco));
      suivant.opcoRncp = [...instantane.opcoRncp.filter((e) => !opcos.has(e.opco)), ...entree.resultat.enregistrements];
      garderSource = (s) => s.type !== "opco-rncp" || s.fichier !== entree.fichier;
      break;
    }
    case "bcn":
      suivant.diplomes = entree.resultat.enregistrements;
      break;
    case "kit":
      suivant.cfdRncp = entree.resultat.enregistrements;
      break;
    case "france-competences":
      suivant.fichesRncp = entree.resultat.enregistrements;
      break;
    case "kali":
      suivant.conventionsKali = entree.resultat.enregistrements;
      break;
    case "dares-ape-idcc":
      suivant.apeIdcc = entree.resultat.enregistrements;
      break;
    case "dares-ccn":
      suivant.conventionsDares = entree.resultat.enregistrements;
      break;
    case "acce":
      suivant.etablissementsUai = entree.resultat.enregistrements;
      break;
    case "organismes":
      suivant.organismes = entree.resultat.enregistrements;
      break;
    case "idcc-opco":
      suivant.idccOpco = entree.resultat.enregistrements;
      break;
  }
  suivant.sources = [...instantane.sources.filter(garderSource), source];
  return suivant;
}
