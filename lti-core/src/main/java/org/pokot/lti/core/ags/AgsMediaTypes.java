package org.pokot.lti.core.ags;

/**
 * The exact media types of AGS bodies, sent as {@code Accept} and {@code Content-Type} with no parameters: Moodle
 * compares them as whole strings, answers 400 to {@code Accept: *}{@code /*}, and would refuse
 * {@code ; charset=utf-8} on a request.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service">AGS 2.0, line item service</a>
 */
public final class AgsMediaTypes {

    public static final String LINE_ITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    public static final String RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";

    private AgsMediaTypes() {
    }
}
