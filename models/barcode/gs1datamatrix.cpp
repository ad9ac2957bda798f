#include "barcode/gs1datamatrix.h"

#include "barcode/gs1.h"

#include <QList>

#include <array>
#include <vector>

namespace Taktline {

namespace {

constexpr int Fnc1 = 232;
constexpr int FirstPad = 129;

// ECC 200 square symbols up to the largest one with a single Reed-Solomon block
// (ISO/IEC 16022, table 7): side, data codewords, error correction codewords, regions per side.
struct SymbolSize
{
    int side;
    int dataCodewords;
    int eccCodewords;
    int regions;
};

constexpr SymbolSize Sizes[] = {
    {10, 3, 5, 1},   {12, 5, 7, 1},    {14, 8, 10, 1},   {16, 12, 12, 1},  {18, 18, 14, 1},
    {20, 22, 18, 1}, {22, 30, 20, 1},  {24, 36, 24, 1},  {26, 44, 28, 1},  {32, 62, 36, 2},
    {36, 86, 42, 2}, {40, 114, 48, 2}, {44, 144, 56, 2}, {48, 174, 68, 2},
};

// GF(256) with the DataMatrix field polynomial x^8 + x^5 + x^3 + x^2 + 1.
class GaloisField
{
public:
    GaloisField()
    {
        int x = 1;
        for (int i = 0; i < 255; ++i) {
            m_exp[i] = x;
            m_log[x] = i;
            x <<= 1;
            if (x & 0x100)
                x ^= 0x12d;
        }
    }
    int multiply(int a, int b) const
    {
        return a == 0 || b == 0 ? 0 : m_exp[(m_log[a] + m_log[b]) % 255];
    }
    int power(int n) const { return m_exp[n % 255]; }

private:
    std::array<int, 256> m_exp{};
    std::array<int, 256> m_log{};
};

std::vector<int> errorCorrection(const std::vector<int> &data, int count)
{
    static const GaloisField field;
    // Generator polynomial with roots α^1…α^count, highest power first.
    std::vector<int> generator{1};
    for (int i = 1; i <= count; ++i) {
        std::vector<int> next(generator.size() + 1, 0);
        for (size_t j = 0; j < generator.size(); ++j) {
            next[j] ^= generator[j];
            next[j + 1] ^= field.multiply(generator[j], field.power(i));
        }
        generator = next;
    }
    std::vector<int> remainder(size_t(count), 0);
    for (const int codeword : data) {
        const int factor = codeword ^ remainder[0];
        remainder.erase(remainder.begin());
        remainder.push_back(0);
        for (int j = 0; j < count; ++j)
            remainder[size_t(j)] ^= field.multiply(factor, generator[size_t(j) + 1]);
    }
    return remainder;
}

// The module placement of ISO/IEC 16022 annex F over the mapping matrix (data regions
// without their finder patterns). Cells hold 1/0 once placed, -1 before.
class Placement
{
public:
    Placement(int size, const std::vector<int> &codewords)
        : m_size(size)
        , m_cells(size_t(size) * size_t(size), -1)
        , m_codewords(codewords)
    {
        int index = 0;
        int row = 4;
        int col = 0;
        do {
            if (row == m_size && col == 0)
                corner(index++, {{{m_size - 1, 0},
                                  {m_size - 1, 1},
                                  {m_size - 1, 2},
                                  {0, m_size - 2},
                                  {0, m_size - 1},
                                  {1, m_size - 1},
                                  {2, m_size - 1},
                                  {3, m_size - 1}}});
            if (row == m_size - 2 && col == 0 && m_size % 4 != 0)
                corner(index++, {{{m_size - 3, 0},
                                  {m_size - 2, 0},
                                  {m_size - 1, 0},
                                  {0, m_size - 4},
                                  {0, m_size - 3},
                                  {0, m_size - 2},
                                  {0, m_size - 1},
                                  {1, m_size - 1}}});
            if (row == m_size - 2 && col == 0 && m_size % 8 == 4)
                corner(index++, {{{m_size - 3, 0},
                                  {m_size - 2, 0},
                                  {m_size - 1, 0},
                                  {0, m_size - 2},
                                  {0, m_size - 1},
                                  {1, m_size - 1},
                                  {2, m_size - 1},
                                  {3, m_size - 1}}});
            if (row == m_size + 4 && col == 2 && m_size % 8 == 0)
                corner(index++, {{{m_size - 1, 0},
                                  {m_size - 1, m_size - 1},
                                  {0, m_size - 3},
                                  {0, m_size - 2},
                                  {0, m_size - 1},
                                  {1, m_size - 3},
                                  {1, m_size - 2},
                                  {1, m_size - 1}}});
            do { // up and to the right
                if (row < m_size && col >= 0 && cell(row, col) < 0)
                    utah(row, col, index++);
                row -= 2;
                col += 2;
            } while (row >= 0 && col < m_size);
            row += 1;
            col += 3;
            do { // down and to the left
                if (row >= 0 && col < m_size && cell(row, col) < 0)
                    utah(row, col, index++);
                row += 2;
                col -= 2;
            } while (row < m_size && col >= 0);
            row += 3;
            col += 1;
        } while (row < m_size || col < m_size);
        // Sizes whose area is not a multiple of 8 leave a fixed pattern in the last corner.
        if (cell(m_size - 1, m_size - 1) < 0) {
            cell(m_size - 1, m_size - 1) = 1;
            cell(m_size - 2, m_size - 2) = 1;
            cell(m_size - 1, m_size - 2) = 0;
            cell(m_size - 2, m_size - 1) = 0;
        }
    }

    bool dark(int row, int col) const { return m_cells[size_t(row * m_size + col)] == 1; }

private:
    using Positions = std::array<std::array<int, 2>, 8>;

    int &cell(int row, int col) { return m_cells[size_t(row * m_size + col)]; }

    // Bit 1 is the most significant bit of the codeword.
    void module(int row, int col, int index, int bit)
    {
        if (row < 0) {
            row += m_size;
            col += 4 - ((m_size + 4) % 8);
        }
        if (col < 0) {
            col += m_size;
            row += 4 - ((m_size + 4) % 8);
        }
        const int value = m_codewords[size_t(index)];
        cell(row, col) = (value >> (8 - bit)) & 1;
    }
    void utah(int row, int col, int index)
    {
        const Positions offsets{
            {{-2, -2}, {-2, -1}, {-1, -2}, {-1, -1}, {-1, 0}, {0, -2}, {0, -1}, {0, 0}}};
        for (int bit = 0; bit < 8; ++bit)
            module(row + offsets[size_t(bit)][0], col + offsets[size_t(bit)][1], index, bit + 1);
    }
    void corner(int index, const Positions &positions)
    {
        for (int bit = 0; bit < 8; ++bit)
            module(positions[size_t(bit)][0], positions[size_t(bit)][1], index, bit + 1);
    }

    int m_size;
    std::vector<int> m_cells;
    const std::vector<int> &m_codewords;
};

} // namespace

Result<QImage> Gs1DataMatrix::encode(const QString &raw)
{
    if (raw.isEmpty())
        return Outcome::failure(tr("There is no GS1 element string to put in the DataMatrix."));

    std::vector<int> data{Fnc1};
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char16_t ch = raw.at(i).unicode();
        const bool pair = i + 1 < raw.size() && raw.at(i).isDigit() && ch < 0x80 &&
                          raw.at(i + 1).unicode() >= u'0' && raw.at(i + 1).unicode() <= u'9';
        if (ch == Gs1::GroupSeparator) {
            data.push_back(Fnc1);
        } else if (pair && ch >= u'0' && ch <= u'9') {
            data.push_back(130 + (ch - u'0') * 10 + (raw.at(i + 1).unicode() - u'0'));
            ++i;
        } else if (ch > 0x20 && ch < 0x7f) {
            data.push_back(ch + 1);
        } else {
            return Outcome::failure(
                tr("A GS1 DataMatrix holds only printable ASCII; '%1' contains other characters.")
                    .arg(raw));
        }
    }
    const SymbolSize *size = nullptr;
    for (const SymbolSize &candidate : Sizes) {
        if (candidate.dataCodewords >= int(data.size())) {
            size = &candidate;
            break;
        }
    }
    if (!size)
        return Outcome::failure(tr("The GS1 element string is too long for a DataMatrix "
                                   "(%1 codewords, at most %2).")
                                    .arg(data.size())
                                    .arg(MaxDataCodewords));
    // Padding: 129 first, then the 253-state randomised pad values.
    if (int(data.size()) < size->dataCodewords)
        data.push_back(FirstPad);
    while (int(data.size()) < size->dataCodewords) {
        const int position = int(data.size()) + 1;
        int pad = FirstPad + ((149 * position) % 253) + 1;
        if (pad > 254)
            pad -= 254;
        data.push_back(pad);
    }
    std::vector<int> codewords = data;
    const std::vector<int> ecc = errorCorrection(data, size->eccCodewords);
    codewords.insert(codewords.end(), ecc.begin(), ecc.end());

    const int regionData = (size->side - 2 * size->regions) / size->regions;
    const Placement placement(regionData * size->regions, codewords);
    QImage image(size->side, size->side, QImage::Format_Grayscale8);
    image.fill(255);
    const int region = regionData + 2;
    for (int y = 0; y < size->side; ++y) {
        uchar *line = image.scanLine(y);
        const int ry = y % region;
        for (int x = 0; x < size->side; ++x) {
            const int rx = x % region;
            bool dark = false;
            if (ry == region - 1 || rx == 0)
                dark = true; // the solid "L"
            else if (ry == 0)
                dark = rx % 2 == 0; // the clock track along the top
            else if (rx == region - 1)
                dark = ry % 2 == 1; // the clock track along the right
            else
                dark = placement.dark((y / region) * regionData + ry - 1,
                                      (x / region) * regionData + rx - 1);
            line[x] = dark ? 0 : 255;
        }
    }
    return image;
}

} // namespace Taktline
