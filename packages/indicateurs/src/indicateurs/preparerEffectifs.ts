import { departement as departementNomenclature } from "@communs-opco/nomenclatures";
import { calculerParcoursJours } from "../statut/calculerParcoursJours";
import type { ContratJours } from "../statut/EntreeStatutJours";
import { jourDepuisDate } from "../statut/jourDepuisDate";
import { SEUILS_TDB, type SeuilsStatut } from "../statut/SeuilsStatut";
import type { EffectifIndicateurs } from "./EffectifIndicateurs";
import { normaliserRncp } from "./normaliserRncp";
import type { ColonneCodee, DimensionFixe, TableEffectifs } from "./TableEffectifs";

class Dictionnaire {
  readonly valeurs: (string | null)[] = [];
  private readonly index = new Map<string | null, number>();
  coder(valeur: string | null): number {
    let code = this.index.get(valeur);
    if (code === undefined) {
      code = this.valeurs.length;
      this.valeurs.push(valeur);
      this.index.set(valeur, code);
    }
    return code;
  }
}

const DIMENSIONS_FIXES: readonly DimensionFixe[] = ["departement", "region", "academie", "organisme", "formation", "rncp", "cfd", "niveau", "anneeScolaire"];

function vide(v: string | undefined): string | null {
  return v === undefined || v === "" ? null : v;
}

/**
 * Prépare des effectifs pour les indicateurs : calcule le parcours de chacun (algorithme par
 * intervalles) et code en colonnes les dimensions fixes. Région et académie viennent de l'organisme,
 * ou à défaut de son département (nomenclature des départements). Un effectif aux dates
 * inexploitables n'est pas perdu : il figure dans `illisibles` avec le chemin et le motif.
 *
 * @example
 * ```ts
 * const table = preparerEffectifs(genererEffectifs({ nombre: 1000, graine: 1 }));
 * table.taille; // 1000
 * ```
 */
export function preparerEffectifs(effectifs: readonly EffectifIndicateurs[], seuils: SeuilsStatut = SEUILS_TDB): TableEffectifs {
  const n = effectifs.length;
  const debutsParcours = new Int32Array(n + 1);
  let jours = new Int32Array(Math.max(16, n * 3));
  let statuts = new Uint8Array(jours.length);
  let position = 0;
  const naissance = new Float64Array(n);
  const fiable = new Uint8Array(n);
  const dictionnaires = Object.fromEntries(DIMENSIONS_FIXES.map((d) => [d, new Dictionnaire()])) as Record<DimensionFixe, Dictionnaire>;
  const codes = Object.fromEntries(DIMENSIONS_FIXES.map((d) => [d, new Uint32Array(n)])) as Record<DimensionFixe, Uint32Array>;
  const territoires = new Map<string, { region: string | null; academie: string | null }>();
  const illisibles: TableEffectifs["illisibles"] = [];

  for (let i = 0; i < n; i++) {
    const e = effectifs[i]!;
    debutsParcours[i] = position;
    // Dates et parcours.
    const anomalies: { chemin: string; message: string }[] = [];
    const jour = (valeur: string | undefined, chemin: string, obligatoire: boolean): number | undefined => {
      if (valeur === undefined || valeur === null) {
        if (obligatoire) anomalies.push({ chemin, message: "date obligatoire absente" });
        return undefined;
      }
      const j = typeof valeur === "string" ? jourDepuisDate(valeur) : Number.NaN;
      if (Number.isNaN(j)) anomalies.push({ chemin, message: `date invalide (AAAA-MM-JJ attendu) : « ${String(valeur)} »` });
      return j;
    };
    const formation = e.formation ?? ({} as Partial<EffectifIndicateurs["formation"]>);
    const debut = jour(formation.debut, "formation.debut", true);
    const fin = jour(formation.fin, "formation.fin", true);
    const contrats: ContratJours[] = [];
    const bruts = e.contrats ?? [];
    for (let k = 0; k < bruts.length; k++) {
      const c = bruts[k]!;
      const d = jour(c.debut, `contrats[${k}].debut`, true);
      const f = jour(c.fin, `contrats[${k}].fin`, false);
      const r = jour(c.rupture, `contrats[${k}].rupture`, false);
      if (d !== undefined) contrats.push({ debut: d, fin: f, rupture: r });
    }
    const exclusion = jour(e.exclusion, "exclusion", false);
    if (anomalies.length === 0 && debut !== undefined && fin !== undefined) {
      const parcours = calculerParcoursJours({ session: { debut, fin }, contrats, exclusion }, seuils);
      if (position + parcours.length > jours.length) {
        const plus = new Int32Array(jours.length * 2 + parcours.length);
        plus.set(jours);
        jours = plus;
        const plusStatuts = new Uint8Array(plus.length);
        plusStatuts.set(statuts);
        statuts = plusStatuts;
      }
      for (const etape of parcours) {
        jours[position] = etape.jour;
        statuts[position] = etape.statut;
        position++;
      }
    } else {
      illisibles.push({ index: i, id: e.id, anomalies });
    }
    const dateNaissance = e.apprenant?.dateNaissance;
    naissance[i] = typeof dateNaissance === "string" ? jourDepuisDate(dateNaissance) : Number.NaN;
    fiable[i] = e.organisme?.fiable === false ? 0 : 1;

    // Dimensions fixes.
    const org = e.organisme;
    const dep = vide(org?.departement);
    let region = vide(org?.region);
    let academie = vide(org?.academie);
    if (dep !== null && (region === null || academie === null)) {
      let t = territoires.get(dep);
      if (t === undefined) {
        const d = departementNomenclature(dep);
        t = { region: d?.region?.code ?? null, academie: d?.academie?.code ?? null };
        territoires.set(dep, t);
      }
      region ??= t.region;
      academie ??= t.academie;
    }
    const rncpBrut = vide(formation.rncp);
    const rncp = rncpBrut === null ? null : (normaliserRncp(rncpBrut) ?? rncpBrut);
    const cfd = vide(formation.cfd);
    codes.departement[i] = dictionnaires.departement.coder(dep);
    codes.region[i] = dictionnaires.region.coder(region);
    codes.academie[i] = dictionnaires.academie.coder(academie);
    codes.organisme[i] = dictionnaires.organisme.coder(org?.uai || org?.siret ? `${org.uai ?? ""}/${org.siret ?? ""}` : null);
    codes.formation[i] = dictionnaires.formation.coder(rncp === null && cfd === null ? null : `${rncp ?? ""}-${cfd ?? ""}`);
    codes.rncp[i] = dictionnaires.rncp.coder(rncp);
    codes.cfd[i] = dictionnaires.cfd.coder(cfd);
    codes.niveau[i] = dictionnaires.niveau.coder(vide(formation.niveau));
    codes.anneeScolaire[i] = dictionnaires.anneeScolaire.coder(vide(e.anneeScolaire));
  }
  debutsParcours[n] = position;
  const colonnes = Object.fromEntries(
    DIMENSIONS_FIXES.map((d) => [d, { codes: codes[d], valeurs: dictionnaires[d].valeurs } satisfies ColonneCodee]),
  ) as Record<DimensionFixe, ColonneCodee>;
  return {
    taille: n,
    debutsParcours,
    joursParcours: jours.subarray(0, position),
    statutsParcours: statuts.subarray(0, position),
    naissance,
    fiable,
    colonnes,
    effectifs,
    illisibles,
  };
}
