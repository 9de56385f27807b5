package press.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a command that writes files (init, new, generate) could not, as {@code path: what is wrong},
 * instead of a stack trace: the user named a folder that is a file, or one they may not write in.
 */
final class WriteFailure {
    private WriteFailure() {}

    static String of(IOException e) {
        if (!(e instanceof FileSystemException f) || f.getFile() == null) return String.valueOf(e.getMessage());
        String why = f.getReason() != null ? f.getReason().toLowerCase(Locale.ROOT)
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileAlreadyExistsException ? "a file is in the way"
                : e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof NotDirectoryException ? "not a directory"
                : e.getClass().getSimpleName();
        return f.getFile() + ": " + why;
    }
}
