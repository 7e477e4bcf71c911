import { lireEnregistrement, type ResultatLecture } from "./lireEnregistrement.js";
import { creerSchemaEntree } from "./normalisation/creerSchemaEntree.js";
import { schemaOrganisme, type Organisme } from "./organisme.js";

function estObjetSimple(valeur: unknown): valeur is Record<string, unknown> {
  return typeof valeur === "object" && valeur !== null && !Array.isArray(valeur);
}

/** Remplace `geojson: { geometry, properties }` par `geolocalisation` (le reste est gardé). */
function adresseDepuisReferentiel(adresse: unknown): unknown {
  if (!estObjetSimple(adresse) || !estObjetSimple(adresse["geojson"])) return adresse;
  const { geometry, ...resteGeojson } = adresse["geojson"];
  const { geojson: _geojson, ...reste } = adresse;
  return {
    ...reste,
    ...(geometry === undefined ? {} : { geolocalisation: geometry }),
    ...(Object.keys(resteGeojson).length === 0 ? {} : { geojson: resteGeojson }),
  };
}

function organismeDepuisReferentiel(donnees: Record<string, unknown>): Record<string, unknown> {
  const sortie: Record<string, unknown> = { ...donnees };
  for (const cle of ["uai_potentiels", "uaiPotentiels"]) {
    const liste = sortie[cle];
    if (Array.isArray(liste)) sortie[cle] = liste.map((item) => (estObjetSimple(item) && "uai" in item ? item["uai"] : item));
  }
  if ("adresse" in sortie) sortie["adresse"] = adresseDepuisReferentiel(sortie["adresse"]);
  for (const cle of ["lieux_de_formation", "lieuxFormation"]) {
    const lieux = sortie[cle];
    if (Array.isArray(lieux)) {
      sortie[cle] = lieux.map((lieu) => (estObjetSimple(lieu) ? { ...lieu, adresse: adresseDepuisReferentiel(lieu["adresse"]) } : lieu));
    }
  }
  return sortie;
}

/**
 * Schéma d'entrée tolérant de l'organisme (noms du Référentiel national des
 * organismes acceptés ; voir {@link lireOrganisme} pour les conversions de structure).
 *
 * @example
 * ```ts
 * schemaOrganismeEntree.parse({ siret: "19690049200014", etat_administratif: "fermé" }); // { siret: "…", etatAdministratif: "ferme" }
 * ```
 */
export const schemaOrganismeEntree = creerSchemaEntree(schemaOrganisme);

/**
 * Lit un organisme (standard, ou enregistrement du Référentiel national des organismes :
 * `uai_potentiels: [{ uai }]` → liste d'UAI, `adresse.geojson.geometry` →
 * `adresse.geolocalisation`, les propriétés GeoJSON restantes vont dans `extensions`).
 * Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const r = lireOrganisme({ siret: "19672198900040", nature: "formateur", uai_potentiels: [{ uai: "0672066G" }] });
 * if (r.ok) r.valeur.uaiPotentiels; // ["0672066G"]
 * ```
 */
export function lireOrganisme(donnees: unknown): ResultatLecture<Organisme> {
  const entree = estObjetSimple(donnees) ? organismeDepuisReferentiel(donnees) : donnees;
  return lireEnregistrement(schemaOrganismeEntree, entree);
}
