package io.xxgk.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary of template value cells, read once from {@code codes.tsv} (spec §9.3, copied verbatim into the
 * classpath). Cells are kept in file order, which is template reading order.
 */
public final class CodeBook {

    private static final String RESOURCE = "/xxgk/codes.tsv";
    private static final CodeBook STANDARD = load();

    private final Map<TemplateVersion, Map<TableCode, List<CellDef>>> cells;
    private final Map<String, CellDef> byVersionAndKey;

    private CodeBook(Map<TemplateVersion, Map<TableCode, List<CellDef>>> cells, Map<String, CellDef> byKey) {
        this.cells = cells;
        this.byVersionAndKey = byKey;
    }

    public static CodeBook standard() {
        return STANDARD;
    }

    /** Value cells of one table of one template version, in template order. */
    public List<CellDef> cells(TemplateVersion version, TableCode table) {
        return cells.get(version).get(table);
    }

    /** All value cells of a version: 198 for V2019, 200 for V2021. */
    public int cellCount(TemplateVersion version) {
        return cells.get(version).values().stream().mapToInt(List::size).sum();
    }

    /** The cell with this category in this table, or null. */
    public CellDef find(TemplateVersion version, TableCode table, String category) {
        return byVersionAndKey.get(version + "/" + table + "." + category);
    }

    private static CodeBook load() {
        Map<TemplateVersion, Map<TableCode, List<CellDef>>> cells = new EnumMap<>(TemplateVersion.class);
        for (TemplateVersion v : TemplateVersion.values()) {
            Map<TableCode, List<CellDef>> tables = new EnumMap<>(TableCode.class);
            for (TableCode t : TableCode.values()) {
                tables.put(t, new ArrayList<>());
            }
            cells.put(v, tables);
        }
        Map<String, CellDef> byKey = new HashMap<>();
        try (InputStream in = CodeBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                CellDef def = new CellDef(TemplateVersion.valueOf(f[0]), TableCode.valueOf(f[1]), f[2], f[3], f[4],
                        f[5], f[6], f[7], canonicalUnit(f[8]), f[9]);
                cells.get(def.version()).get(def.table()).add(def);
                byKey.put(def.version() + "/" + def.cellKey(), def);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cells.values().forEach(m -> m.replaceAll((t, l) -> Collections.unmodifiableList(l)));
        return new CodeBook(cells, byKey);
    }

    /** Maps the spec's unit notes onto the output contract's units. */
    static String canonicalUnit(String specUnit) {
        if (specUnit.startsWith("as written")) {
            return "";
        }
        if (specUnit.startsWith("项")) {
            return "项";
        }
        if (specUnit.startsWith("个")) {
            return "个";
        }
        return specUnit;
    }
}
