package io.xxgk.generate;

import java.util.SplittableRandom;

/**
 * Builds plausible agency names from place-name parts: a prefecture-level city, a county-level unit, then a 街道, a
 * 乡镇, the county government itself or one of its departments. Names are invented; their shape follows the seeds
 * (吉林市船营区北极街道办事处, 盐池县盐州路街道办事处, 江源区, 南关区全安街道, 晋江市人民政府青阳街道办事处).
 * Every name carries at least two random place names (millions of combinations per kind), so two reports of one
 * corpus rarely claim the same agency and year: a load would keep only one of them (DUPLICATE_REPORT).
 */
final class AgencyNames {

    private static final String FIRST = "青盐江南北东西龙凤安平兴宁永长和新德阳山河川清丰福昌泰华明康金银宝云海湖临"
            + "嘉通武宜桂柳梅松柏石白黄红绿吉庆乐仁义信鹤鹿雁";
    private static final String SECOND = "州城阳安宁平江山川河源泉口湾岭峰台林原水溪桥关门坪塘湖沙田庄营堡乡集镇"
            + "丰和兴盛昌华德";
    private static final String[] COUNTY_SUFFIX = {"区", "县", "市", "区", "县"};
    private static final String[] STREET_PARTS = {"街道", "路街道", "街道", "街道"};
    private static final String[] TOWN_SUFFIX = {"镇", "乡", "镇"};
    private static final String[] DEPARTMENTS = {"发展和改革局", "财政局", "教育局", "民政局", "自然资源局",
            "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局",
            "卫生健康局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "信访局",
            "人力资源和社会保障局", "司法局", "退役军人事务局", "林业局", "城市管理局", "科学技术局"};

    private AgencyNames() {
    }

    static Agency next(SplittableRandom r) {
        String city = place(r) + "市";
        String county = place(r) + COUNTY_SUFFIX[r.nextInt(COUNTY_SUFFIX.length)];
        int pick = r.nextInt(100);
        if (pick < 45) {
            String street = place(r) + STREET_PARTS[r.nextInt(STREET_PARTS.length)];
            String office = street + "办事处";
            return switch (r.nextInt(3)) {
                case 0 -> new Agency(city + county + office, street, "", Agency.Kind.STREET_OFFICE, "我街");
                case 1 -> new Agency(county + office, street, "", Agency.Kind.STREET_OFFICE, "我街道");
                default -> new Agency(county + "人民政府" + office, street, county + "人民政府",
                        Agency.Kind.STREET_OFFICE, "我街道");
            };
        }
        if (pick < 65) {
            String town = place(r) + TOWN_SUFFIX[r.nextInt(TOWN_SUFFIX.length)];
            return new Agency(county + town + "人民政府", town, "", Agency.Kind.TOWNSHIP_GOVERNMENT,
                    "我" + town.substring(town.length() - 1));
        }
        if (pick < 80) {
            String self = "我" + county.substring(county.length() - 1);
            return r.nextBoolean()
                    ? new Agency(city + county, county, "", Agency.Kind.COUNTY_GOVERNMENT, self)
                    : new Agency(city + county + "人民政府", county, "", Agency.Kind.COUNTY_GOVERNMENT, self);
        }
        String dept = DEPARTMENTS[r.nextInt(DEPARTMENTS.length)];
        return new Agency(city + county + dept, county + dept, "", Agency.Kind.DEPARTMENT, "我局");
    }

    private static String place(SplittableRandom r) {
        char a = FIRST.charAt(r.nextInt(FIRST.length()));
        char b = SECOND.charAt(r.nextInt(SECOND.length()));
        if (a == b) {
            b = '阳';
        }
        return "" + a + b;
    }
}
