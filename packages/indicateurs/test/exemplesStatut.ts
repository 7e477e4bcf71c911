import type { EntreeStatut, EtapeParcours } from "../src/statut/EntreeStatut";
import type { Statut } from "../src/statut/Statut";

/** Exemples de `indicateurs.md` §4 (tests unitaires du Tableau de bord), sous forme de données. */
export interface ExempleStatut {
  numero: number;
  entree: EntreeStatut;
  maintenant: string;
  enCours: Statut;
  parcours: EtapeParcours[];
}

const S1 = { debut: "2024-09-01", fin: "2025-08-31" };
const S12 = { debut: "2024-01-01", fin: "2024-12-15" };
const M = "2025-03-06";
const e = (date: string, statut: Statut): EtapeParcours => ({ date, statut });

export const EXEMPLES_STATUT: ExempleStatut[] = [
  { numero: 1, entree: { formation: S1, contrats: [{ debut: "2024-10-01", fin: "2025-08-31" }] }, maintenant: M, enCours: "APPRENTI",
    parcours: [e("2024-09-01", "INSCRIT"), e("2024-10-01", "APPRENTI"), e("2025-08-31", "FIN_DE_FORMATION")] },
  { numero: 2, entree: { formation: S1, contrats: [] }, maintenant: M, enCours: "ABANDON",
    parcours: [e("2024-09-01", "INSCRIT"), e("2024-11-30", "ABANDON")] },
  { numero: 3, entree: { formation: S1, contrats: [{ debut: "2024-07-01", fin: "2025-08-31" }] }, maintenant: M, enCours: "APPRENTI",
    parcours: [e("2024-07-01", "APPRENTI"), e("2025-08-31", "FIN_DE_FORMATION")] },
  { numero: 4, entree: { formation: S1, contrats: [{ debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-09-01" }] }, maintenant: M, enCours: "ABANDON",
    parcours: [e("2024-09-01", "INSCRIT"), e("2024-11-30", "ABANDON")] },
  { numero: 5, entree: { formation: S1, contrats: [{ debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-12-01" }] }, maintenant: M, enCours: "RUPTURANT",
    parcours: [e("2024-09-01", "INSCRIT"), e("2024-10-01", "APPRENTI"), e("2024-12-01", "RUPTURANT"), e("2025-05-30", "ABANDON")] },
  { numero: 6, entree: { formation: S1, contrats: [{ debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-12-01" }, { debut: "2025-04-01", fin: "2025-08-31" }] }, maintenant: M, enCours: "RUPTURANT",
    parcours: [e("2024-09-01", "INSCRIT"), e("2024-10-01", "APPRENTI"), e("2024-12-01", "RUPTURANT"), e("2025-04-01", "APPRENTI"), e("2025-08-31", "FIN_DE_FORMATION")] },
  { numero: 7, entree: { formation: S1, contrats: [{ debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-12-01" }, { debut: "2025-04-01", fin: "2025-08-31" }], exclusion: "2025-03-01" }, maintenant: M, enCours: "ABANDON",
    parcours: [e("2024-09-01", "INSCRIT"), e("2024-10-01", "APPRENTI"), e("2024-12-01", "RUPTURANT"), e("2025-03-01", "ABANDON")] },
  { numero: 8, entree: { formation: { debut: "2025-01-06", fin: "2025-12-23" }, contrats: [] }, maintenant: M, enCours: "INSCRIT",
    parcours: [e("2025-01-06", "INSCRIT"), e("2025-04-06", "ABANDON")] },
  { numero: 9, entree: { formation: { debut: "2024-09-06", fin: "2025-09-02" }, contrats: [{ debut: "2023-09-25", fin: "2025-09-12" }] }, maintenant: M, enCours: "APPRENTI",
    parcours: [e("2023-09-25", "APPRENTI"), e("2025-09-02", "FIN_DE_FORMATION")] },
  { numero: 10, entree: { formation: { debut: "2022-10-25", fin: "2025-07-11" }, contrats: [
      { debut: "2022-12-05", fin: "2023-05-29" }, { debut: "2023-05-29", fin: "2025-07-31", rupture: "2023-10-03" },
      { debut: "2023-12-04", fin: "2024-12-03", rupture: "2024-08-13" }, { debut: "2024-10-01", fin: "2025-07-31" }] }, maintenant: M, enCours: "APPRENTI",
    parcours: [e("2022-10-25", "INSCRIT"), e("2022-12-05", "APPRENTI"), e("2023-10-03", "RUPTURANT"), e("2023-12-04", "APPRENTI"), e("2024-08-13", "RUPTURANT"), e("2024-10-01", "APPRENTI"), e("2025-07-11", "FIN_DE_FORMATION")] },
  { numero: 11, entree: { formation: { debut: "2022-09-13", fin: "2024-07-10" }, contrats: [
      { debut: "2022-09-05", fin: "2024-08-31", rupture: "2023-09-11" }, { debut: "2024-01-08", fin: "2024-09-04", rupture: "2024-07-12" }] }, maintenant: M, enCours: "FIN_DE_FORMATION",
    parcours: [e("2022-09-05", "APPRENTI"), e("2023-09-11", "RUPTURANT"), e("2024-01-08", "APPRENTI"), e("2024-07-10", "FIN_DE_FORMATION")] },
  { numero: 12, entree: { formation: S12, contrats: [{ debut: "2024-02-01", fin: "2024-12-15", rupture: "2024-12-15" }] }, maintenant: M, enCours: "RUPTURANT",
    parcours: [e("2024-01-01", "INSCRIT"), e("2024-02-01", "APPRENTI"), e("2024-12-15", "RUPTURANT")] },
  { numero: 13, entree: { formation: S12, contrats: [{ debut: "2024-02-01", fin: "2024-06-30" }, { debut: "2024-08-01", fin: "2024-12-15", rupture: "2024-12-15" }] }, maintenant: M, enCours: "RUPTURANT",
    parcours: [e("2024-01-01", "INSCRIT"), e("2024-02-01", "APPRENTI"), e("2024-07-01", "RUPTURANT"), e("2024-08-01", "APPRENTI"), e("2024-12-15", "RUPTURANT")] },
  { numero: 14, entree: { formation: S12, contrats: [{ debut: "2024-02-01", fin: "2024-10-16" }] }, maintenant: M, enCours: "FIN_DE_FORMATION",
    parcours: [e("2024-01-01", "INSCRIT"), e("2024-02-01", "APPRENTI"), e("2024-10-17", "FIN_DE_FORMATION")] },
  { numero: 15, entree: { formation: S12, contrats: [{ debut: "2024-02-01", fin: "2024-10-15" }] }, maintenant: M, enCours: "FIN_DE_FORMATION",
    parcours: [e("2024-01-01", "INSCRIT"), e("2024-02-01", "APPRENTI"), e("2024-10-16", "RUPTURANT"), e("2024-12-15", "FIN_DE_FORMATION")] },
  { numero: 16, entree: { formation: S12, contrats: [{ debut: "2024-02-01", fin: "2024-12-15", rupture: "2024-12-05" }] }, maintenant: M, enCours: "RUPTURANT",
    parcours: [e("2024-01-01", "INSCRIT"), e("2024-02-01", "APPRENTI"), e("2024-12-05", "RUPTURANT")] },
  { numero: 17, entree: { formation: S12, contrats: [{ debut: "2024-02-01", fin: "2024-06-30" }, { debut: "2024-07-21", fin: "2024-12-15" }] }, maintenant: M, enCours: "FIN_DE_FORMATION",
    parcours: [e("2024-01-01", "INSCRIT"), e("2024-02-01", "APPRENTI"), e("2024-07-01", "RUPTURANT"), e("2024-07-21", "APPRENTI"), e("2024-12-15", "FIN_DE_FORMATION")] },
  { numero: 18, entree: { formation: S12, contrats: [{ debut: "2024-02-01", fin: "2024-11-30" }], exclusion: "2024-12-01" }, maintenant: M, enCours: "ABANDON",
    parcours: [e("2024-01-01", "INSCRIT"), e("2024-02-01", "APPRENTI"), e("2024-12-01", "ABANDON")] },
  { numero: 19, entree: { formation: { debut: "2023-09-01", fin: "2024-08-31" }, contrats: [{ debut: "2023-10-01", fin: "2024-07-31" }] }, maintenant: M, enCours: "FIN_DE_FORMATION",
    parcours: [e("2023-09-01", "INSCRIT"), e("2023-10-01", "APPRENTI"), e("2024-08-01", "FIN_DE_FORMATION")] },
  { numero: 20, entree: { formation: S12, contrats: [{ debut: "2024-02-01", fin: "2024-12-15", rupture: "2024-11-01" }, { debut: "2024-03-01", fin: "2024-05-31" }] }, maintenant: M, enCours: "RUPTURANT",
    parcours: [e("2024-01-01", "INSCRIT"), e("2024-02-01", "APPRENTI"), e("2024-11-01", "RUPTURANT")] },
  { numero: 21, entree: { formation: S12, contrats: [{ debut: "2024-02-01", fin: "2024-12-15", rupture: "2024-11-01" }, { debut: "2024-03-01", fin: "2024-10-31" }] }, maintenant: M, enCours: "RUPTURANT",
    parcours: [e("2024-01-01", "INSCRIT"), e("2024-02-01", "APPRENTI"), e("2024-11-01", "RUPTURANT")] },
];
