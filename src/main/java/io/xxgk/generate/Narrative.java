package io.xxgk.generate;

import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The running text of one report: the introduction, 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项
 * and the signature. Paragraphs are assembled from phrases typical of the seeds, with the agency's own names, the
 * reporting year and figures that agree with its tables (the 依申请 sentence quotes T2), so a text-versus-table
 * check has something true to find. Drawn once, when the report is generated.
 */
final class Narrative {

    private static final String[] MANAGEMENT = {
            "建立健全政府信息发布协调制度，严格落实信息公开保密审查机制，做到先审查、后公开，一事一审、全面审查。",
            "进一步完善主动公开目录，及时更新政府信息公开指南，方便群众查阅和申请。",
            "认真做好政府信息的接收、登记、归档、保存等工作，确保信息可查、可追溯。",
            "对照权责清单梳理本级政务公开事项，编制政务公开目录，推动政府信息公开规范有序运行。",
            "定期对已公开信息进行清理，对过时失效的信息及时调整，保证公开信息的准确性和时效性。",
            "把政府信息公开工作列入重要议事日程，安排专人负责政务公开日常工作，设立AB岗，确保工作不断档。"};
    private static final String[] PLATFORM = {
            "充分发挥政府门户网站政务公开第一平台作用，优化政府信息公开专栏设置，做好专栏内容保障工作。",
            "通过公开栏、电子显示屏、微信公众号等多种形式进行政务公开，拓宽群众获取政府信息的渠道。",
            "在便民服务中心设立政务公开专区，配备政务自助机和查阅资料，为群众提供便捷的查询服务。",
            "加强政务新媒体管理，及时发布政策解读和工作动态，积极回应社会关切。",
            "设立政府信息公开查阅点，做到有查询指南、有桌椅、有文具用品、有监督电话、有意见簿。"};
    private static final String[] OVERSIGHT = {
            "将政务公开工作纳入年度绩效考核，以考核为抓手，不定期对各部门政府信息公开工作进行检查。",
            "聘请政务公开义务监督员，通过他们监督和推进政府信息公开工作。",
            "组织开展政府信息公开业务培训，提高工作人员的业务能力和依法公开意识。",
            "畅通群众监督渠道，公布监督电话和电子邮箱，虚心听取群众意见建议。",
            "本年度未发生因政府信息公开工作引发的责任追究情况。"};
    private static final String[] KEY_AREAS = {
            "在财政信息公开方面，按要求公开部门预算、决算和“三公”经费，接受社会监督。",
            "在公共服务方面，及时发布就业信息、招聘信息和录用公告，并根据政策变化及时公开社会保障类信息。",
            "在行政权力运行方面，推进权责清单动态调整，及时公开行政许可和行政处罚结果。",
            "在民生保障方面，定期公示城乡低保、特困供养、残疾人两项补贴等资金发放情况。",
            "在突发事件应对方面，依法及时、准确、公开、透明地发布疫情防控和应急处置信息。",
            "在重大建设项目方面，公开项目批准、实施和资金使用情况，主动回应群众关切。"};
    private static final String[] RESPONSES = {
            "围绕群众关注的热点问题，通过政策问答、图文解读等方式加强政策解读，全年发布解读材料若干篇。",
            "建立舆情收集、研判、处置和回应机制，对涉及本辖区的政务舆情及时回应。",
            "畅通信访渠道，方便干部职工直接倾听基层群众的诉求，有针对性地做好回应工作。",
            "利用政务服务热线和网上留言板收集群众意见，做到件件有回复、事事有着落。"};
    private static final String[] PROBLEMS = {
            "政府信息公开工作机制还不够完善，公开的便民性、时效性和实用性还需进一步提高。",
            "工作人员流动性较大，专职工作人员业务水平有待提升。",
            "公开信息量偏少，部分信息更新、上报不够及时。",
            "政策解读形式较为单一，图解、视频等解读方式运用不多。",
            "对政府信息公开工作的宣传力度还不够，群众对政府信息公开的知晓率不高。",
            "主动公开的深度和广度还有差距，重点领域信息公开有待加强。"};
    private static final String[] IMPROVEMENTS = {
            "进一步加强制度建设，规范工作流程，细化公开内容，确保公开的及时性、有效性和安全性。",
            "加强业务培训，建立岗位AB角机制，确保政府信息公开工作正常、有序开展。",
            "丰富公开形式，创新公开方法，提高公众对政府信息公开的知晓率和参与度。",
            "严格落实保密审查制度，做到依法公开、规范公开。",
            "加大政策解读力度，及时回应群众关切，提升政务公开质量和实效。"};

    private final List<String> intro = new ArrayList<>();
    private final List<String> overall = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> other = new ArrayList<>();
    private final int disclosureTotal;
    private final String signatureDate;

    Narrative(Agency agency, int year, ReportTruth truth, SplittableRandom r) {
        boolean v2021 = truth.template(TableCode.T1) == TemplateVersion.V2021;
        String self = agency.selfRef();
        disclosureTotal = 5 + Draw.count(r, 40 * Draw.spread(r, 1.0));
        int month = 1 + r.nextInt(3);
        signatureDate = (year + 1) + "年" + month + "月" + (1 + r.nextInt(28)) + "日";
        intro.add(Draw.chance(r, 0.5) ? "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和"
                + (v2021 ? "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）"
                : "《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）")
                + "要求，" + self + "现编制" + year + "年度政府信息公开工作年度报告。"
                + "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                + "存在的主要问题及改进情况、其他需要报告的事项等六部分组成。报告中所列数据的统计期限自" + year
                + "年1月1日起至" + year + "年12月31日止。本年报电子版可在政府门户网站下载，如对本报告有疑问，请与"
                + agency.shortName() + "联系，电话：0" + (400 + r.nextInt(500)) + "-" + (60000000 + r.nextInt(30000000)) + "。"
                : "根据《中华人民共和国政府信息公开条例》第五十条之规定，制作本报告。");
        overall.add(year + "年，" + agency.shortName() + "认真贯彻落实《条例》和上级关于政务公开工作的决策部署，"
                + "坚持以公开为常态、不公开为例外，加大公开力度，回应群众关切，政府信息公开工作取得了明显成效。");
        overall.add("（一）主动公开情况。" + self + "全年通过政府信息公开专栏主动公开政府信息" + disclosureTotal
                + "条，其中政策文件" + r.nextInt(1 + disclosureTotal / 3) + "条，工作动态和通知公告若干。"
                + sentences(MANAGEMENT, 1, r));
        overall.add("（二）依申请公开情况。" + applications(self, year, truth));
        overall.add("（三）政府信息管理。" + sentences(MANAGEMENT, 3 + r.nextInt(3), r));
        overall.add("（四）平台建设。" + sentences(PLATFORM, 3 + r.nextInt(2), r));
        overall.add("（五）监督保障。" + sentences(OVERSIGHT, 3 + r.nextInt(2), r));
        overall.add("（六）重点领域信息公开。" + sentences(KEY_AREAS, 3 + r.nextInt(3), r));
        overall.add("（七）政策解读与回应关切。" + sentences(RESPONSES, 2 + r.nextInt(3), r));
        problems.add(year + "年，" + self + "政府信息公开工作虽然取得了一些成效，但仍存在一些不足：" + sentences(PROBLEMS, 3 + r.nextInt(2), r));
        problems.add("针对以上问题，下一步" + self + "将重点抓好以下工作：" + sentences(IMPROVEMENTS, 2 + r.nextInt(2), r));
        if (v2021) {
            other.add("根据《政府信息公开信息处理费管理办法》要求，本年度" + agency.shortName()
                    + "没有产生政府信息公开信息处理费收取情况。");
        } else {
            other.add(Draw.chance(r, 0.5) ? "无。" : year + "年度" + self + "无其他需要报告的事项。");
        }
    }

    /**
     * The 依申请 sentence, agreeing with T2 as printed (R11 material). A blank or placeholder in these rows stands for
     * a zero (the generator blanks only zeros there), so it counts as 0 here, never as "no data".
     */
    private static String applications(String self, int year, ReportTruth truth) {
        long received = printed(truth, "NEW|TOTAL");
        if (received == 0) {
            return year + "年，" + self + "未收到公民、法人和其他组织政府信息公开申请。";
        }
        long natural = printed(truth, "NEW|NP");
        return year + "年，" + self + "共收到政府信息公开申请" + received + "件，其中自然人申请" + natural
                + "件，法人或其他组织申请" + Math.max(0, received - natural) + "件；全年办结" + printed(truth, "RESULT.TOTAL|TOTAL")
                + "件，均在法定期限内答复。";
    }

    private static long printed(ReportTruth truth, String category) {
        TruthCell cell = truth.cell(TableCode.T2, category);
        return cell.status() == CellStatus.REPORTED ? cell.value().longValue() : 0;
    }

    private static String sentences(String[] pool, int n, SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int start = r.nextInt(pool.length);
        for (int i = 0; i < n; i++) {
            sb.append(pool[(start + i) % pool.length]);
        }
        return sb.toString();
    }

    List<String> intro() {
        return intro;
    }

    List<String> overall() {
        return overall;
    }

    List<String> problems() {
        return problems;
    }

    List<String> other() {
        return other;
    }

    /** The Jilin 发布总数量 figure (and the 主动公开 count of the text). */
    int disclosureTotal() {
        return disclosureTotal;
    }

    /** The signature date: early in the following year, when reports are due. */
    String signatureDate() {
        return signatureDate;
    }
}
