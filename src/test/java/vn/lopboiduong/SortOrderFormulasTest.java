package vn.lopboiduong;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.Formula;
import org.junit.jupiter.api.Test;

/**
 * A status or kind column sorts by a {@code fooOrder} formula that ranks each constant in its enum's declaration
 * order (the lifecycle order). A constant added to the enum but not to the formula would sort as NULL, so every
 * formula must name every constant, in order.
 */
class SortOrderFormulasTest {

    @Test
    void everyOrderFormulaRanksItsEnumInDeclarationOrder() throws Exception {
        List<JavaField> formulas = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.lopboiduong")
                .stream()
                .flatMap(javaClass -> javaClass.getFields().stream())
                .filter(field -> field.isAnnotatedWith(Formula.class) && field.getName().endsWith("Order"))
                .toList();
        assertThat(formulas).extracting(JavaField::getFullName).hasSizeGreaterThanOrEqualTo(4);
        for (JavaField formula : formulas) {
            Class<?> owner = formula.getOwner().reflect();
            String enumField = formula.getName().substring(0, formula.getName().length() - "Order".length());
            Class<?> enumType = owner.getDeclaredField(enumField).getType();
            assertThat(enumType.isEnum()).as(formula.getFullName()).isTrue();
            String expected = "case " + toColumn(enumField) + " "
                    + Arrays.stream(enumType.getEnumConstants())
                            .map(constant -> "when '" + ((Enum<?>) constant).name() + "' then "
                                    + ((Enum<?>) constant).ordinal())
                            .collect(Collectors.joining(" ")) + " end";
            assertThat(formula.reflect().getAnnotation(Formula.class).value()).as(formula.getFullName())
                    .isEqualTo(expected);
        }
    }

    private static String toColumn(String fieldName) {
        return fieldName.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
