#!/usr/bin/env python3
"""Deliberate breaks of the analysis, each of which the generator of client programs must catch.

Each mutant replaces one piece of the checker's source (an exact text, which must be there once),
runs the generator's test (FuzzTest) at its default program count and seed, as the test command
does, and puts the source back. A mutant is killed when the test fails. Writes the table to
robustness/mutants.md and exits 1 when any mutant survives.

    python3 scripts/mutants.py              # every mutant
    python3 scripts/mutants.py --only M4    # one

Needs the modules the checker's tests use installed (mvn install -DskipTests), JDK 17 and Maven.
"""
import argparse
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
ANALYSIS = "checker/src/main/java/dev/identityerrors/checker/analysis/"

# (id, what it breaks, file, text, replacement)
MUTANTS = [
    (
        "M1",
        "the signature rule: a method of a holder of T passes its receiver's elements on"
        " (subList, sorted, stream)",
        ANALYSIS + "ElementSources.java",
        "          && isVariable(receiverElement, resultElement)) {\n"
        "        parts.add(new Part(receiver, true));",
        "          && isVariable(receiverElement, resultElement)) {\n",
    ),
    (
        "M2",
        "the signature rule: arguments declared T or holding T are the result's elements"
        " (Arrays.asList, Collections.unmodifiableList)",
        ANALYSIS + "ElementSources.java",
        "Type variable, List<Part> parts) {\n"
        "    List<Type> parameters = method.type.getParameterTypes();\n",
        "Type variable, List<Part> parts) {\n"
        "    List<Type> parameters = List.of();\n",
    ),
    (
        "M3",
        "the primitive-stream rule: sorted(), toArray() pass an IntStream's elements on",
        ANALYSIS + "ElementSources.java",
        "      if (receiver != null && receiverElement != null && receiverElement.isPrimitive()) {\n"
        "        parts.add(new Part(receiver, true));",
        "      if (receiver != null && receiverElement != null && receiverElement.isPrimitive()) {\n",
    ),
    (
        "M4",
        "a function that can make elements (map) stops the elements",
        ANALYSIS + "ElementSources.java",
        "      if (!predicate && !consumer) {\n        return true;",
        "      if (!predicate && !consumer && parameter == null) {\n        return true;",
    ),
    (
        "M5",
        "Arrays.binarySearch(array, key) is a query of the array",
        ANALYSIS + "CodeCollections.java",
        "      case 2, 3 -> 1;",
        "      case 3 -> 1;",
    ),
    (
        "M6",
        "Set.of(..).contains(code) written in place is judged",
        ANALYSIS + "CodeCollections.java",
        "    if (KnownNames.KEY_QUERIES.contains(name) || KnownNames.ELEMENT_LAMBDAS.contains(name)) {",
        "    if (KnownNames.ELEMENT_LAMBDAS.contains(name)) {",
    ),
    (
        "M8",
        "a method reference (this::page) is passed a code where its function's parameter is"
        " annotated, as a lambda is",
        ANALYSIS + "KindInference.java",
        "        && declaresKind(function.getParameters().get(at));",
        "        && declaresKind(function.getParameters().get(at))\n        && index < 0;",
    ),
    (
        "M7",
        "a typo fixed into the other branch's code is no fix (DuplicateBranches)",
        ANALYSIS + "CoveredCodes.java",
        "    if (branches.isEmpty()) {\n      return group;\n    }",
        "    if (!branches.isEmpty() || branches.isEmpty()) {\n      return group;\n    }",
    ),
    (
        "M9",
        "the holder rule: a parameter declared as a holder's type variable puts a value in"
        " (add(E), put(K, V), push, new Box<>(T), completedFuture(U))",
        ANALYSIS + "TypeSlots.java",
        "    if (isVariable(upper(parameter), variable)) {\n      return Role.VALUE;",
        "    if (isVariable(upper(parameter), variable)) {\n      return Role.OTHER;",
    ),
    (
        "M10",
        "the holder rule: a method declared to return the holder's type variable reads a code"
        " (first(), get(k), next(), join(), Supplier.get()), and a lambda handed it (removeIf)",
        ANALYSIS + "HolderSlots.java",
        "    int slot = TypeSlots.slotOf(ASTHelpers.getType(receiver), variable, types);\n"
        "    return slot < 0 ? Held.NO",
        "    int slot = TypeSlots.slotOf(ASTHelpers.getType(receiver), variable, types);\n"
        "    return slot >= 0 ? Held.NO",
    ),
    (
        "M11",
        "a fluent subject compared by isEqualTo or isNotEqualTo compares as == does"
        " (AssertJ's and Truth's assertThat(code).isEqualTo(695))",
        ANALYSIS + "Comparisons.java",
        "    boolean equality = TestLibraries.isSubjectEquality(method) && arguments.size() == 1;",
        "    boolean equality = TestLibraries.isSubjectEquality(method) && arguments.size() == 2;",
    ),
    (
        "M12",
        "a two-value assertion compares its actual and expected values"
        " (JUnit 5's assertEquals(695, code), a message beside)",
        ANALYSIS + "Comparisons.java",
        "    if (TestLibraries.comparesTwoValues(method)) {",
        "    if (TestLibraries.comparesTwoValues(method) && arguments.isEmpty()) {",
    ),
    (
        "M13",
        "a Hamcrest matcher compares the values it is built from (is, equalTo, not, anyOf)",
        ANALYSIS + "Comparisons.java",
        "        || !TestLibraries.isEqualityMatcher(method)) {",
        "        || TestLibraries.isEqualityMatcher(method)) {",
    ),
    (
        "M14",
        "an element read out of a collection meets what a call compares it with"
        " (Objects.equals(element, code), element.equals(code), Integer.compare)",
        ANALYSIS + "ElementMeetings.java",
        "          Comparisons.Compared compared = Comparisons.compared(call, method, names);",
        "          Comparisons.Compared compared = null;",
    ),
    (
        "M15",
        "the cycle policy: an answer that rests on a question still open is not kept"
        " (two lists compared element by element, whichever member comes first)",
        ANALYSIS + "OpenQuestions.java",
        "    if (lowestAssumption >= position) {",
        "    if (lowestAssumption >= position || held == Held.NO) {",
    ),
    (
        "M16",
        "a slot read while it is being worked out is assumed, not answered no"
        " (a list fed what is read out of it: seen.add(seen.get(0)))",
        ANALYSIS + "KindInference.java",
        "    return fromSlot != Held.NO ? fromSlot : holds(method, state, depth + 1);",
        "    return fromSlot == Held.YES ? fromSlot : holds(method, state, depth + 1);",
    ),
    (
        "M17",
        "the signature rule through collectors: a lambda of partitioningBy is handed what"
        " collect(Collector<? super T, A, R>) hands it (the stream's elements)",
        ANALYSIS + "HolderSlots.java",
        "    if (variable.tsym.owner != method || at >= passedTo.size()) {",
        "    if (true) {",
    ),
    (
        "M18",
        "a lambda kept in a local is handed what every call of its function passes"
        " (IntPredicate retry = c -> ..; retry.test(code))",
        ANALYSIS + "KindInference.java",
        "    if (called == null || reads == null || reads.isEmpty()) {",
        "    if (called == null || reads == null || !reads.isEmpty()) {",
    ),
    (
        "M19",
        "an array holds its elements as a list does (int[] held = new int[1]; held[0] = code)",
        ANALYSIS + "TypeSlots.java",
        "      return names.mayHoldCode(array.elemtype) || mayHoldCodes(array.elemtype, names, depth - 1);",
        "      return false;",
    ),
    (
        "M20",
        "a slot is a path down type arguments: entrySet()'s Set<Map.Entry<K, V>> at [0, 1] is the"
        " map's V (a TreeMap read through entrySet().iterator().next().getValue())",
        ANALYSIS + "TypeSlots.java",
        "      at = upper(arguments.get(step));\n",
        "      at = upper(arguments.get(step));\n      if (i > 0) {\n        return null;\n      }\n",
    ),
    (
        "M21",
        "a method returning its class's type variable gives back what the receiver holds there,"
        " a holder in turn included (get(0) of a list of entries, get(k) of a map of lists)",
        ANALYSIS + "HolderSlots.java",
        "            ? new TypeSlots.Reached(returned, slot)\n",
        "            ? null\n",
    ),
]


def run_fuzz_test(log: pathlib.Path) -> bool:
    """Whether the generator's test passes (the mutant survives it)."""
    command = [
        "mvn", "-B", "-ntp", "-o", "-pl", "checker", "test",
        "-Dtest=FuzzTest", "-Dsurefire.failIfNoSpecifiedTests=false",
        "-Dspotless.check.skip=true",
    ]
    with log.open("w") as out:
        return subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT).returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="the id of one mutant")
    chosen = parser.parse_args().only
    logs = ROOT / "target" / "mutants"
    logs.mkdir(parents=True, exist_ok=True)
    rows = []
    survivors = 0
    for mutant, breaks, file, text, replacement in MUTANTS:
        if chosen and mutant != chosen:
            continue
        path = ROOT / file
        source = path.read_text()
        if source.count(text) != 1:
            print(f"{mutant}: its text is not in {file} exactly once; update the mutant", file=sys.stderr)
            return 2
        started = time.time()
        try:
            path.write_text(source.replace(text, replacement))
            survived = run_fuzz_test(logs / f"{mutant}.log")
        finally:
            path.write_text(source)
        minutes = (time.time() - started) / 60
        if not survived and "Tests run:" not in (logs / f"{mutant}.log").read_text():
            # Failing to build is no kill: the generator never met the mutant.
            print(f"{mutant}: the mutated checker does not build ({logs / mutant}.log)", file=sys.stderr)
            return 2
        survivors += survived
        verdict = "**survived**" if survived else "killed"
        print(f"{mutant} {verdict} ({minutes:.1f} min): {breaks}")
        rows.append(f"| {mutant} | {breaks} | `{file.rsplit('/', 1)[-1]}` | {verdict} |")
    killed = len(rows) - survivors
    table = "\n".join(
        [
            "Deliberate breaks of the analysis (`python3 scripts/mutants.py`), each run against the",
            "generator's test at its default program count and seed, as the test command runs it.",
            "",
            "| mutant | what it breaks | in | the test command's generator run |",
            "|---|---|---|---|",
            *rows,
            "",
            f"Kill rate: {killed} of {len(rows)}.",
            "",
        ]
    )
    if not chosen:
        (ROOT / "robustness" / "mutants.md").write_text(table)
    print(f"{killed} of {len(rows)} killed")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
