package io.xxgk.core.model;

/** The three statistical tables of a report (spec §0.2). */
public enum TableCode {
    T1("主动公开政府信息情况"),
    T2("收到和处理政府信息公开申请情况"),
    T3("政府信息公开行政复议、行政诉讼情况");

    private final String title;

    TableCode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
