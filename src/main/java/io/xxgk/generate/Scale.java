package io.xxgk.generate;

import java.util.SplittableRandom;

/**
 * How busy an agency is: the means the figures are drawn around. A 街道 receives an application or two a year and
 * makes no 规章; a county government handles hundreds of applications and thousands of licensing decisions.
 *
 * @param applications mean number of applications from natural persons in a year
 * @param cases        mean number of 行政复议 cases (litigation is drawn as a share of it)
 * @param matters      mean number of licensing / penalty matters on the list
 * @param documents    mean number of 规范性文件 issued in a year
 * @param procurements mean number of 政府集中采购 projects
 */
record Scale(double applications, double cases, double matters, double documents, double procurements) {

    static Scale of(Agency.Kind kind, SplittableRandom r) {
        double s = Draw.spread(r, 0.8);
        return switch (kind) {
            case STREET_OFFICE -> new Scale(0.6 * s, 0.03 * s, 15 * s, 0.8 * s, 6 * s);
            case TOWNSHIP_GOVERNMENT -> new Scale(0.9 * s, 0.05 * s, 25 * s, 1.2 * s, 8 * s);
            case COUNTY_GOVERNMENT -> new Scale(45 * s, 2.5 * s, 300 * s, 8 * s, 60 * s);
            case DEPARTMENT -> new Scale(8 * s, 0.6 * s, 80 * s, 2.5 * s, 15 * s);
        };
    }
}
