package io.xxgk.core.extract;

import java.util.regex.Pattern;

/** Administrative level from the agency name's place-name suffixes (spec §11); empty when nothing tells. */
final class AdminLevel {

    private static final Pattern TOWNSHIP = Pattern.compile(".*[乡镇]($|人民政府|政府|党委).*");
    private static final Pattern COUNTY = Pattern.compile(".*[区县旗].*");

    private AdminLevel() {
    }

    static String of(String agency) {
        if (agency.contains("街道") || TOWNSHIP.matcher(agency).matches() || agency.contains("苏木")) {
            return "TOWNSHIP";
        }
        if (COUNTY.matcher(agency).matches()) {
            return "COUNTY";
        }
        if (agency.contains("市")) {
            return "PREFECTURE";
        }
        if (agency.contains("省") || agency.contains("自治区")) {
            return "PROVINCE";
        }
        if (agency.startsWith("国务院") || agency.startsWith("国家") || agency.startsWith("中华人民共和国")) {
            return "NATIONAL";
        }
        return "";
    }
}
