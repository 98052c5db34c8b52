package vn.gov.cantho.egov.feedback.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.gov.cantho.egov.feedback.FeedbackFields;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.PublicQuery;

/**
 * The public face of the 1022 system: answered items that their reporters let be published, searched by words
 * (accent-insensitively, by the feedback module), field and area, and one item with its answer, approved photos,
 * place and public notes. Nothing here can name the reporter: the module's public records do not carry them.
 */
@Controller
@RequestMapping("/phan-anh")
class FeedbackPublicPages {

	static final int PAGE_SIZE = 20;

	private final FeedbackManagement feedback;
	private final FeedbackFields fields;
	private final FeedbackWards areas;
	private final FeedbackMap map;

	FeedbackPublicPages(FeedbackManagement feedback, FeedbackFields fields, FeedbackWards areas, FeedbackMap map) {
		this.feedback = feedback;
		this.fields = fields;
		this.areas = areas;
		this.map = map;
	}

	@GetMapping
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String field,
			@RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "0") int page, Model model) {
		String text = q.strip();
		model.addAttribute("result", feedback.searchPublic(new PublicQuery(text.isEmpty() ? null : text,
				field.isBlank() ? null : field, area.isBlank() ? null : area, Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("q", text);
		model.addAttribute("field", field);
		model.addAttribute("area", area);
		model.addAttribute("fields", fields.fields());
		model.addAttribute("wards", areas.wards());
		return "feedback/public-list";
	}

	@GetMapping("/{number}")
	String item(@PathVariable String number, Model model, HttpServletResponse response) {
		model.addAttribute("item", feedback.publicItem(number));
		map.allowTiles(response);
		return "feedback/public-item";
	}

	/**
	 * A photo of an item: the feedback module decides who may see it. Private to the browser unless it is public,
	 * and never guessed as another type than the module found in its bytes.
	 */
	@GetMapping("/{number}/anh/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable String number, @PathVariable String photoId) {
		FeedbackManagement.StoredPhoto photo = feedback.photo(number, photoId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.mediaType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(photo.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(photo.content());
	}
}
