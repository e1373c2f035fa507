package io.xxgk.core.model;

/** The two national templates of the annual report tables (spec §2). */
public enum TemplateVersion {
    /** 国办公开办函〔2019〕60号, reporting years 2019 and 2020. */
    V2019,
    /** 国办公开办函〔2021〕30号, reporting years 2021 onwards. */
    V2021;

    /** The template a report of this year should use: ≤2020 V2019, ≥2021 V2021. */
    public static TemplateVersion expectedForYear(int year) {
        return year <= 2020 ? V2019 : V2021;
    }
}
