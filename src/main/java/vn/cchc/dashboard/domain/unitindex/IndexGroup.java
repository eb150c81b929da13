package vn.cchc.dashboard.domain.unitindex;

/**
 * The groups a province ranks its units in, each with its own criteria set: the departments, boards and agencies
 * (sở, ban, ngành) and the communes (UBND cấp xã); the districts (UBND cấp huyện) until they ended on 1/7/2025.
 */
public enum IndexGroup {
    DEPARTMENTS,
    COMMUNES,
    DISTRICTS
}
