package io.draftwave.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.common.ObjectList;
import kr.dogfoot.hwpxlib.object.content.context_hpf.ManifestItem;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.HorizontalAlign2;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.ImageEffect;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.ParaPr;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.DropCapStyle;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HeightRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.NumberingType;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextFlowSide;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.WidthRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Picture;

/**
 * A PNG placed in an HWPX document as 한글 writes pictures: the bytes as
 * {@code BinData/imageN.png}, listed in {@code Contents/content.hpf} as an embedded
 * manifest item, and an {@code hp:pic} control in a run, set like a character so it flows
 * with the text, referring to the item by {@code binaryItemIDRef}. Sizes are in HWP units
 * (7,200 a inch); an image's own size is its pixels × 75, as 한글 counts them at 96 dpi.
 */
final class HwpxPicture {

	/** The width of a picture: 150 mm, the text width of the blank file's A4 page. */
	static final long WIDTH = 42_520;

	private static final int UNITS_PER_PIXEL = 75;

	private HwpxPicture() {
	}

	/**
	 * Adds picture {@code number} of a document to {@code run}, its bytes as item
	 * {@code image<number>}.
	 */
	static Picture add(HWPXFile file, Run run, byte[] png, int number) {
		String itemId = "image" + number;
		ManifestItem item = file.contentHPFFile().manifest().addNew();
		item.idAnd(itemId).hrefAnd("BinData/" + itemId + ".png").mediaTypeAnd("image/png").embeddedAnd(true);
		item.createAttachedFile();
		item.attachedFile().data(png);
		BufferedImage image = read(png);
		long width = WIDTH;
		long height = WIDTH * image.getHeight() / image.getWidth();
		long pixelWidth = (long) image.getWidth() * UNITS_PER_PIXEL;
		long pixelHeight = (long) image.getHeight() * UNITS_PER_PIXEL;
		Picture picture = run.addNewPicture();
		picture.idAnd(String.valueOf(2_000_000 + number))
			.zOrderAnd(number)
			.numberingTypeAnd(NumberingType.PICTURE)
			.textWrapAnd(TextWrapMethod.TOP_AND_BOTTOM)
			.textFlowAnd(TextFlowSide.BOTH_SIDES)
			.lockAnd(false)
			.dropcapstyleAnd(DropCapStyle.None);
		picture.hrefAnd("").groupLevelAnd((short) 0).instidAnd(String.valueOf(3_000_000 + number)).reverseAnd(false);
		picture.createOffset();
		picture.offset().set(0L, 0L);
		picture.createOrgSz();
		picture.orgSz().set(width, height);
		picture.createCurSz();
		picture.curSz().set(width, height);
		picture.createFlip();
		picture.flip().horizontalAnd(false).verticalAnd(false);
		picture.createRotationInfo();
		picture.rotationInfo().angleAnd((short) 0).centerXAnd(width / 2).centerYAnd(height / 2).rotateimageAnd(true);
		picture.createRenderingInfo();
		picture.renderingInfo().addNewTransMatrix().set(1f, 0f, 0f, 0f, 1f, 0f);
		picture.renderingInfo().addNewScaMatrix().set(1f, 0f, 0f, 0f, 1f, 0f);
		picture.renderingInfo().addNewRotMatrix().set(1f, 0f, 0f, 0f, 1f, 0f);
		picture.createImgRect();
		picture.imgRect().createPt0();
		picture.imgRect().pt0().set(0L, 0L);
		picture.imgRect().createPt1();
		picture.imgRect().pt1().set(width, 0L);
		picture.imgRect().createPt2();
		picture.imgRect().pt2().set(width, height);
		picture.imgRect().createPt3();
		picture.imgRect().pt3().set(0L, height);
		picture.createImgClip();
		picture.imgClip().leftAnd(0L).rightAnd(pixelWidth).topAnd(0L).bottomAnd(pixelHeight);
		picture.createInMargin();
		picture.inMargin().leftAnd(0L).rightAnd(0L).topAnd(0L).bottomAnd(0L);
		picture.createImgDim();
		picture.imgDim().dimwidthAnd(pixelWidth).dimheightAnd(pixelHeight);
		picture.createImg();
		picture.img()
			.binaryItemIDRefAnd(itemId)
			.brightAnd(0)
			.contrastAnd(0)
			.effectAnd(ImageEffect.REAL_PIC)
			.alphaAnd(0f);
		picture.createSZ();
		picture.sz()
			.widthAnd(width)
			.widthRelToAnd(WidthRelTo.ABSOLUTE)
			.heightAnd(height)
			.heightRelToAnd(HeightRelTo.ABSOLUTE)
			.protectAnd(false);
		picture.createPos();
		picture.pos()
			.treatAsCharAnd(true)
			.affectLSpacingAnd(false)
			.flowWithTextAnd(true)
			.allowOverlapAnd(false)
			.holdAnchorAndSOAnd(false)
			.vertRelToAnd(VertRelTo.PARA)
			.horzRelToAnd(HorzRelTo.COLUMN)
			.vertAlignAnd(VertAlign.TOP)
			.horzAlignAnd(HorzAlign.LEFT)
			.vertOffsetAnd(0L)
			.horzOffset(0L);
		picture.createOutMargin();
		picture.outMargin().leftAnd(0L).rightAnd(0L).topAnd(0L).bottomAnd(0L);
		return picture;
	}

	/** Adds a copy of paragraph shape {@code baseId}, centred, and returns its id. */
	static String centredParaPr(HWPXFile file, String baseId) {
		ObjectList<ParaPr> paraPrs = file.headerXMLFile().refList().paraProperties();
		ParaPr base = paraPrs.get(0);
		int max = 0;
		for (ParaPr paraPr : paraPrs.items()) {
			max = Math.max(max, Integer.parseInt(paraPr.id()));
			if (baseId.equals(paraPr.id())) {
				base = paraPr;
			}
		}
		ParaPr centred = base.clone();
		centred.id(String.valueOf(max + 1));
		if (centred.align() == null) {
			centred.createAlign();
		}
		centred.align().horizontal(HorizontalAlign2.CENTER);
		paraPrs.add(centred);
		return centred.id();
	}

	private static BufferedImage read(byte[] png) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			if (image == null) {
				throw new IllegalArgumentException("a figure's chart is not an image ImageIO reads");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read a figure's chart", ex);
		}
	}

}
