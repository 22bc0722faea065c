"""Native Excel charts of the overview: endowments as a radar, match scores as bars."""

from __future__ import annotations

from openpyxl.chart import BarChart, RadarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.text import RichText
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor
from openpyxl.drawing.text import CharacterProperties, Font, Paragraph, ParagraphProperties
from openpyxl.utils.units import pixels_to_EMU
from openpyxl.worksheet.worksheet import Worksheet

from desktop.models.vocabulary import ENDOWMENT_MAX, ENDOWMENT_MIN

ZONE_COLOUR = "1F4E79"
CASE_COLOUR = "C55A11"
BAR_COLOUR = "2E75B6"
LABEL_SIZE = 900  # axis and data labels, in hundredths of a point: long Chinese titles need the room
EMU_PER_POINT = 12700
GAP = pixels_to_EMU(6)  # between a chart and the edge of its cells, so neighbouring charts do not touch


def fill_cells(row: int, first_column: int, end_column: int, height_points: float) -> TwoCellAnchor:
    """An anchor filling columns ``first_column`` up to (not including) ``end_column`` of one ``row`` that is
    ``height_points`` high: the chart follows the column widths whichever program draws it, and, lying within one
    row, is never cut by a page break (rows are not split across printed pages)."""
    top = AnchorMarker(col=first_column - 1, colOff=GAP, row=row - 1, rowOff=GAP)
    bottom = AnchorMarker(col=end_column - 1, colOff=0, row=row - 1, rowOff=int(height_points * EMU_PER_POINT) - GAP)
    return TwoCellAnchor(_from=top, to=bottom)


def text_properties(font_name: str, size: int = LABEL_SIZE) -> RichText:
    """Chart text in the workbook's font (Excel would otherwise fall back to the theme's) at ``size``."""
    font = Font(typeface=font_name)
    properties = CharacterProperties(sz=size, latin=font, ea=font)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=properties), endParaRPr=properties)])


def value_labels(font_name: str) -> DataLabelList:
    """Data labels showing the value alone: spreadsheet programs add the category and series names unless told
    not to, which piles three labels on each bar."""
    return DataLabelList(
        dLblPos="outEnd",
        showVal=True,
        showCatName=False,
        showSerName=False,
        showLegendKey=False,
        showPercent=False,
        showBubbleSize=False,
        showLeaderLines=False,
        txPr=text_properties(font_name),
    )


def _text_categories(chart: RadarChart | BarChart, categories: Reference) -> None:
    """Category labels are text: refer to them as strings (openpyxl's set_categories writes a numeric reference,
    which some spreadsheet programs then show as 1, 2, 3...)."""
    for series in chart.series:
        series.cat = AxDataSource(strRef=StrRef(f=str(categories)))


def endowment_radar(
    ws: Worksheet, *, title: str, header_row: int, first_row: int, last_row: int, series_columns: int, font_name: str
) -> RadarChart:
    """A radar of the endowment table: categories in column A, one series per column from B on."""
    chart = RadarChart()
    chart.type = "marker"
    chart.title = title
    chart.style = 2
    data = Reference(ws, min_col=2, max_col=1 + series_columns, min_row=header_row, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    _text_categories(chart, Reference(ws, min_col=1, min_row=first_row, max_row=last_row))
    for series, colour in zip(chart.series, (ZONE_COLOUR, CASE_COLOUR), strict=False):
        series.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.width = 28575  # 2.25 pt, in EMU
        series.marker.symbol = "circle"
        series.marker.graphicalProperties.solidFill = colour
        series.marker.graphicalProperties.line.solidFill = colour
    chart.y_axis.scaling.min = ENDOWMENT_MIN
    chart.y_axis.scaling.max = ENDOWMENT_MAX
    chart.y_axis.majorUnit = 1
    # openpyxl 3.1 leaves axes marked deleted unless told otherwise, which hides the labels in Excel.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.txPr = text_properties(font_name)
    chart.y_axis.txPr = text_properties(font_name)
    chart.legend.position = "b"
    chart.legend.txPr = text_properties(font_name)
    return chart


def score_bars(
    ws: Worksheet, *, title: str, header_row: int, first_row: int, last_row: int, font_name: str
) -> BarChart:
    """Horizontal bars of the score table: names in column A, scores in column B, best at the top."""
    chart = BarChart()
    chart.type = "bar"
    chart.style = 2
    chart.title = title
    chart.add_data(Reference(ws, min_col=2, min_row=header_row, max_row=last_row), titles_from_data=True)
    _text_categories(chart, Reference(ws, min_col=1, min_row=first_row, max_row=last_row))
    chart.series[0].graphicalProperties.solidFill = BAR_COLOUR
    chart.series[0].graphicalProperties.line.solidFill = BAR_COLOUR
    chart.dataLabels = value_labels(font_name)
    chart.legend = None
    chart.gapWidth = 60
    chart.x_axis.scaling.orientation = "maxMin"  # Excel draws the first category at the bottom otherwise
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 20
    chart.y_axis.number_format = "0"
    chart.y_axis.crosses = "max"  # with the categories reversed, keep the value axis at the bottom
    chart.y_axis.axPos = "b"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.txPr = text_properties(font_name)
    chart.y_axis.txPr = text_properties(font_name)
    return chart
