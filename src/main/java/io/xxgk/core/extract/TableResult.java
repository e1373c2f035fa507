package io.xxgk.core.extract;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.TemplateVersion;

import java.util.List;

/** One table read: the template version its labels show, why, and its cells in template order. */
record TableResult(TemplateVersion version, String evidence, List<Cell> cells) {
}
