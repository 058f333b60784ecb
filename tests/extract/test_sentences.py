from evcheck.extract import split_sentences


def texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_abbreviations_and_decimals_do_not_end_sentences():
    text = "Xiaomi Corp. sold 2.5 million units in the U.S. market. Sales rose 5%."
    assert texts(text) == ["Xiaomi Corp. sold 2.5 million units in the U.S. market.", "Sales rose 5%."]


def test_blank_lines_start_paragraphs():
    sentences = split_sentences("One. Two.\n\nThree.")
    assert [s.paragraph for s in sentences] == [0, 0, 1]
