"""Train the field tagger (``parsing/structure/fields.py``) and write ``parsing/structure/models/fields.npz``.

    .venv/bin/python -m parsing.training.train_fields [--dotin DIR] [--generated 400] [--epochs 12]
                                                      [--out parsing/structure/models/fields.npz]
                                                      [--validate]

Training data: the DEV half of the dotin résumés (even indexes of the files sorted by name; the held-out half is
never read here) and generated CVs from seeds below ``HELD_OUT_START`` (French and English). Each labelled value
(employer, position, school, degree, name) is found again as a token sequence in the document's lines, and its
tokens get that label; every other token is "O". The model is a multinomial logistic regression over the
features of ``fields.line_features``, trained with mini-batch AdaGrad; features seen fewer than ``--min-count``
times are dropped. ``--validate`` trains on half of DEV (+ generated) and reports token scores on the other half.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np

from ..document import Document
from ..evaluation.dotin import document_from_text, dotin_paths, parse_dotin
from ..evaluation.run import DOTIN_DEFAULT
from ..structure.fields import (
    DEGREE,
    EMPLOYER,
    INSTITUTION,
    LABELS,
    MODEL_PATH,
    NAME,
    POSITION,
    document_features,
    tokenize,
)
from ..structure.text import fold

DOTIN_LABELS = {
    "Companies worked at": EMPLOYER,
    "Designation": POSITION,
    "College Name": INSTITUTION,
    "Degree": DEGREE,
    "Name": NAME,
}


def prepared(document: Document) -> tuple[list[str], list[str]]:
    """The document's lines as the analyser sees them, with each line's section kind."""
    from ..structure.analyze import prepare

    lines, sections = prepare(document)
    kinds = [""] * len(lines)
    for section in sections:
        for index in section.indexes:
            kinds[index] = section.kind
    return [line.text for line in lines], kinds


def _key(text: str) -> str:
    return fold(text).rstrip(".")


def label_tokens(
    texts: list[str], tokens: list[list[tuple[int, int]]], values: list[tuple[int, str]]
) -> list[list[int]]:
    """Per line, the label of each token: every occurrence of a value's token sequence gets its label (longer
    values first; a token keeps the first label it gets)."""
    lines = [[_key(t[a:b]) for a, b in offsets] for t, offsets in zip(texts, tokens, strict=True)]
    labels = [[0] * len(words) for words in lines]
    wanted = []
    for label, value in values:
        words = [_key(value[a:b]) for a, b in tokenize(value)]
        if words:
            wanted.append((label, words))
    wanted.sort(key=lambda pair: -len(pair[1]))
    for label, sequence in dict.fromkeys((label, tuple(words)) for label, words in wanted):
        size = len(sequence)
        for line_words, line_labels in zip(lines, labels, strict=True):
            for start in range(len(line_words) - size + 1):
                if tuple(line_words[start : start + size]) == sequence and not any(line_labels[start : start + size]):
                    line_labels[start : start + size] = [label] * size
    return labels


def dotin_examples(folder: Path, paths: list[Path]) -> list[tuple[list[list[str]], list[int]]]:
    examples = []
    for path in paths:
        text, labels = parse_dotin(path.read_text(encoding="utf-8", errors="replace"))
        values = [(DOTIN_LABELS[kind], v) for kind, spans in labels.items() if kind in DOTIN_LABELS for v in spans]
        examples.append(_example(document_from_text(text), values))
    return examples


def generated_examples(count: int, first: int = 0) -> list[tuple[list[list[str]], list[int]]]:
    from ..evaluation.generate import HELD_OUT_START, generate_document
    from ..evaluation.taxonomy import sample_taxonomy

    taxonomy = sample_taxonomy()
    examples = []
    for seed in range(first, first + count):
        assert seed < HELD_OUT_START
        document, labels = generate_document(seed, taxonomy)
        values: list[tuple[int, str]] = [(NAME, labels["name"])]
        for job in labels.get("work", []):
            values += [(EMPLOYER, job["employer"]), (POSITION, job["position"])]
        for item in labels.get("education", []):
            values += [(INSTITUTION, item["institution"]), (DEGREE, item["degree"])]
        examples.append(_example(document, values))
    return examples


def _example(document: Document, values: list[tuple[int, str]]) -> tuple[list[list[str]], list[int]]:
    texts, kinds = prepared(document)
    tokens, features = document_features(texts, kinds)
    gold = [label for line in label_tokens(texts, tokens, values) for label in line]
    assert len(gold) == len(features)
    return features, gold


def train(
    examples: list[tuple[list[list[str]], list[int]]],
    *,
    epochs: int,
    min_count: int,
    l2: float = 1e-4,
    seed: int = 7,
) -> tuple[list[str], np.ndarray]:
    counts: Counter[str] = Counter(name for features, _ in examples for token in features for name in token)
    names = sorted(name for name, count in counts.items() if count >= min_count)
    index = {name: row for row, name in enumerate(names)}
    unknown = len(names)
    rows: list[list[int]] = []
    gold: list[int] = []
    for features, labels in examples:
        for token, label in zip(features, labels, strict=True):
            rows.append([index.get(name, unknown) for name in token])
            gold.append(label)
    ids = np.asarray(rows, dtype=np.int64)
    y = np.asarray(gold, dtype=np.int64)
    classes = len(LABELS)
    weights = np.zeros((unknown + 1, classes), dtype=np.float64)
    squares = np.full_like(weights, 1e-8)
    rng = random.Random(seed)
    order = list(range(len(y)))
    rate, batch = 0.5, 256
    # Rarer labels weigh more (O is most tokens), mildly.
    frequency = np.bincount(y, minlength=classes).astype(np.float64)
    class_weight = (frequency.sum() / np.maximum(frequency, 1)) ** 0.25
    class_weight /= class_weight[0]
    for epoch in range(epochs):
        rng.shuffle(order)
        loss = 0.0
        for begin in range(0, len(order), batch):
            chosen = np.asarray(order[begin : begin + batch])
            batch_ids = ids[chosen]
            scores = weights[batch_ids].sum(axis=1)
            scores -= scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            target = y[chosen]
            loss -= float(np.log(probs[np.arange(len(chosen)), target] + 1e-12).sum())
            grad = probs
            grad[np.arange(len(chosen)), target] -= 1.0
            grad *= class_weight[target][:, None]
            touched, inverse = np.unique(batch_ids, return_inverse=True)
            local = np.zeros((len(touched), classes))
            np.add.at(local, inverse.ravel(), np.repeat(grad, batch_ids.shape[1], axis=0))
            step = local + l2 * weights[touched]
            squares[touched] += step * step
            weights[touched] -= rate * step / np.sqrt(squares[touched])
        weights[unknown] = 0.0
        print(f"epoch {epoch + 1}: loss {loss / len(y):.4f}", flush=True)
    return names, weights[:unknown]


def token_report(names: list[str], weights: np.ndarray, examples: list[tuple[list[list[str]], list[int]]]) -> str:
    index = {name: row for row, name in enumerate(names)}
    table = np.vstack([weights, np.zeros((1, weights.shape[1]))])
    tp = Counter[int]()
    fp = Counter[int]()
    fn = Counter[int]()
    for features, labels in examples:
        for token, label in zip(features, labels, strict=True):
            guess = int(table[[index.get(n, len(names)) for n in token]].sum(axis=0).argmax())
            if guess == label:
                tp[label] += 1
            else:
                fp[guess] += 1
                fn[label] += 1
    rows = []
    for label in range(1, len(LABELS)):
        p = tp[label] / max(tp[label] + fp[label], 1)
        r = tp[label] / max(tp[label] + fn[label], 1)
        rows.append(f"{LABELS[label]:<12} P {p:.3f} R {r:.3f} n {tp[label] + fn[label]}")
    return "\n".join(rows)


def save(path: Path, names: list[str], weights: np.ndarray, prune: float) -> None:
    keep = np.abs(weights).max(axis=1) >= prune
    kept_names = [n for n, k in zip(names, keep, strict=True) if k]
    kept = weights[keep]
    scale = float(np.abs(kept).max() / 127.0) if kept.size else 1.0
    quantised = np.round(kept / scale).astype(np.int8)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        features=np.frombuffer("\n".join(kept_names).encode("utf-8"), dtype=np.uint8),
        labels=np.frombuffer("\n".join(LABELS).encode("utf-8"), dtype=np.uint8),
        weights=quantised,
        scale=np.float64(scale),
    )
    print(f"wrote {path}: {len(kept_names)} features, {path.stat().st_size / 1024:.0f} KiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m parsing.training.train_fields", description=__doc__)
    parser.add_argument("--dotin", default=str(DOTIN_DEFAULT))
    parser.add_argument("--generated", type=int, default=400)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--prune", type=float, default=0.02)
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--validate", action="store_true", help="train on half of DEV, report on the other half")
    parser.add_argument(
        "--fold",
        type=int,
        choices=(0, 1),
        default=None,
        help="train on one half of DEV only (0: even ranks of DEV, 1: odd) for cross-validated error analysis",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    folder = Path(args.dotin)
    dev = dotin_paths(folder, "dev")  # never the held-out half
    generated = generated_examples(args.generated) if args.generated else []
    if args.fold is not None:
        train_paths, check_paths = dev[args.fold :: 2], []
    elif args.validate:
        train_paths, check_paths = dev[0::2], dev[1::2]
    else:
        train_paths, check_paths = dev, []
    examples = dotin_examples(folder, train_paths) + generated
    tokens = sum(len(gold) for _, gold in examples)
    print(f"{len(examples)} documents, {tokens} tokens ({time.perf_counter() - started:.0f} s)")
    names, weights = train(examples, epochs=args.epochs, min_count=args.min_count, l2=args.l2)
    if check_paths:
        print(token_report(names, weights, dotin_examples(folder, check_paths)))
    save(Path(args.out), names, weights, args.prune)
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
